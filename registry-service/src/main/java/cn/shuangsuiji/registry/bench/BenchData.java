package cn.shuangsuiji.registry.bench;

import cn.shuangsuiji.registry.domain.validation.IdNumber;
import cn.shuangsuiji.registry.domain.validation.Uscc;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Deterministic generated entity files with valid USCCs (fixed seed). */
public final class BenchData {

    private static final String ORG = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String[] REGIONS = {"130634", "130627", "130624", "130631", "130626"};
    private static final String[] COUNTY = {"曲阳县", "唐县", "阜平县", "望都县", "定兴县"};
    private static final String[] WORDS = {"恒达", "鑫源", "华泰", "永兴", "金石", "宏远", "兴盛", "瑞丰", "福满", "天成",
        "聚隆", "广通", "新辉", "正阳", "嘉和", "德顺"};
    private static final String[] TRADES = {"石材", "雕刻", "食品", "商贸", "建材", "餐饮", "农产品", "汽修"};
    private static final String[] FORMS = {"有限公司", "有限责任公司", "店", "厂", "专业合作社"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"建国", "志强", "秀英", "丽娟", "海涛", "红梅", "文军", "晓燕", "国华", "春生"};
    private static final String[] INDUSTRIES = {"C3032", "C2431", "F5212", "H6210", "C1391", "O8111"};

    /**
     * The ID number of the relative (李秀兰, 配偶) declared by inspector no. 1 of every demo department; a few demo
     * entities have her as legal representative, so demo draws exercise 回避 (S0 16).
     */
    public static final String DEMO_RELATIVE_ID = IdNumber.complete("13063419750312204");

    private BenchData() {
    }

    /** Demo entities (all in 曲阳县) whose legal representative is {@link #DEMO_RELATIVE_ID}. */
    public static boolean demoRelativeIsLegalRepresentative(int i) {
        return i % 2000 == 305;
    }

    /** Demo entities (all in 曲阳县) held by demo entity 34, a declared interest of inspector no. 2. */
    public static boolean demoHeldByEntity34(int i) {
        return i % 2000 == 1505;
    }

    /** The valid USCC of generated entity {@code i} in region {@code region}. */
    public static String uscc(int i, String region) {
        StringBuilder org = new StringBuilder("MA");
        int n = i;
        for (int k = 0; k < 7; k++) {
            org.append(ORG.charAt(n % 31));
            n /= 31;
        }
        return Uscc.complete("92".substring(0, 1) + (i % 7 == 0 ? "2" : "1") + region + org);
    }

    /** The USCC of demo entity {@code i} (as written by {@link #writeDemoEntities}). */
    public static String demoUscc(int i) {
        return uscc(i, REGIONS[i % REGIONS.length]);
    }

    /** Writes {@code rows} entities of the departments (';'-separated) as CSV. */
    public static void writeEntities(Path file, int rows, String scopes) throws IOException {
        writeEntities(file, 0, rows, scopes);
    }

    /**
     * Entities {@code first} .. {@code first + rows - 1} (their USCCs follow from the index, so a file starting at
     * 10^7 never meets the demo's 10^4 entities, and a larger file starting at the same index repeats a smaller one).
     */
    public static void writeEntities(Path file, int first, int rows, String scopes) throws IOException {
        write(file, first, rows, (i, trade, region) -> scopes, i -> "OPERATING", false);
    }

    /**
     * The demo entities of 保定市 (DEMO.md): 曲阳县 entities in the registry of {@code qy-amr}, the other counties'
     * in {@code bd-amr}, plus other departments by trade; about 4% 注销 or 吊销.
     */
    public static void writeDemoEntities(Path file, int rows) throws IOException {
        write(file, rows, (i, trade, region) -> {
            String scopes = region.equals("130634") ? "qy-amr" : "bd-amr";
            return scopes + switch (trade) {
                case "石材", "建材" -> region.equals("130634") ? ";qy-emg;qy-eco" : "";
                case "汽修" -> region.equals("130634") ? ";qy-eco" : "";
                case "餐饮", "食品" -> region.equals("130634") && i % 3 == 0 ? ";qy-cult" : "";
                case "商贸" -> region.equals("130634") ? ";qy-psb" : "";
                default -> "";
            };
        }, i -> i % 50 == 7 ? "CANCELLED" : i % 100 == 13 ? "REVOKED" : "OPERATING", true);
    }

    interface Scopes {
        String of(int index, String trade, String region);
    }

    private static void write(Path file, int rows, Scopes scopesOf, java.util.function.IntFunction<String> statusOf,
                              boolean parties) throws IOException {
        write(file, 0, rows, scopesOf, statusOf, parties);
    }

    private static void write(Path file, int first, int rows, Scopes scopesOf, java.util.function.IntFunction<String> statusOf,
                              boolean parties) throws IOException {
        SplittableRandom random = new SplittableRandom(20231123L);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("name,uscc,legalRepresentative,registrationAuthority,regionCode,industry,objectType,status,"
                    + "creditClass,abnormalList,seriousDishonesty,tags,supervisionScopes"
                    + (parties ? ",legalRepresentativeIdNumber,holders\n" : "\n"));
            for (int i = first; i < first + rows; i++) {
                int r = i % REGIONS.length;
                String form = FORMS[random.nextInt(FORMS.length)];
                String type = form.equals("店") ? "INDIVIDUAL_BUSINESS" : form.equals("专业合作社") ? "COOPERATIVE"
                        : "ENTERPRISE";
                String trade = TRADES[random.nextInt(TRADES.length)];
                int credit = random.nextInt(100);
                w.write(COUNTY[r] + WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)] + trade
                        + form + (i % 1000) + ',' + uscc(i, REGIONS[r]) + ','
                        + SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)] + ','
                        + COUNTY[r] + "市场监督管理局," + REGIONS[r] + ',' + INDUSTRIES[random.nextInt(INDUSTRIES.length)]
                        + ',' + type + ',' + statusOf.apply(i) + ','
                        + (credit < 40 ? "A" : credit < 80 ? "B" : credit < 95 ? "C" : "D")
                        + ',' + (random.nextInt(50) == 0 ? "是" : "否") + ',' + (random.nextInt(200) == 0 ? "是" : "否")
                        + ',' + trade + ',' + scopesOf.of(i, trade, REGIONS[r]));
                if (parties) {
                    w.write(',' + (demoRelativeIsLegalRepresentative(i) ? DEMO_RELATIVE_ID : "") + ','
                            + (demoHeldByEntity34(i) ? "保定市华泰石材有限公司|" + demoUscc(34) + "|" : ""));
                }
                w.write('\n');
            }
        }
    }
}
