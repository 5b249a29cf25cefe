package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * 导入列 — the columns of a registry file: an English key and a Chinese header for each, which of them are
 * required, and typed access to one row's cells that collects field problems instead of failing.
 */
final class ImportColumns {

    private final Map<String, String> chineseByKey;
    private final Set<String> required;

    ImportColumns(Map<String, String> chineseByKey, Set<String> required) {
        this.chineseByKey = new LinkedHashMap<>(chineseByKey);
        this.required = required;
    }

    List<String> keys() {
        return List.copyOf(chineseByKey.keySet());
    }

    /** Headers for an export: Chinese name with the key, e.g. {@code 名称(name)}; both forms import again. */
    List<String> exportHeader() {
        return chineseByKey.entrySet().stream().map(e -> e.getValue() + "(" + e.getKey() + ")").toList();
    }

    /** Headers of the given columns (in that order) for an export. */
    List<String> exportHeader(List<String> keys) {
        return keys.stream().map(k -> chineseByKey.get(k) + "(" + k + ")").toList();
    }

    /** Maps a file's header to column positions, refusing unknown, duplicate or missing columns. */
    Map<String, Integer> bind(List<String> header) {
        Map<String, Integer> positions = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String raw = header.get(i) == null ? "" : header.get(i).replace("\uFEFF", "").trim();
            if (raw.isEmpty()) {
                continue;
            }
            String key = keyOf(raw);
            if (key == null) {
                problems.add("未知列“" + raw + "”");
            } else if (positions.putIfAbsent(key, i) != null) {
                problems.add("列“" + raw + "”重复");
            }
        }
        for (String key : required) {
            if (!positions.containsKey(key)) {
                problems.add("缺少必填列“" + chineseByKey.get(key) + "”(" + key + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "IMPORT_HEADER_INVALID", "表头不符合模板",
                    "表头不符合模板：" + String.join("；", problems));
        }
        return positions;
    }

    private String keyOf(String header) {
        String h = header;
        int open = h.lastIndexOf('(');
        if (open > 0 && h.endsWith(")")) {
            h = h.substring(open + 1, h.length() - 1);
        }
        for (Map.Entry<String, String> e : chineseByKey.entrySet()) {
            if (e.getKey().equalsIgnoreCase(h) || e.getValue().equals(h)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** One row's cells with typed access. */
    static final class Row {
        private final Map<String, Integer> positions;
        private final List<String> cells;
        private final java.util.function.Predicate<String> regionKnown;
        final List<FieldProblem> problems = new ArrayList<>();

        Row(Map<String, Integer> positions, List<String> cells) {
            this(positions, cells, code -> true);
        }

        /** A row whose well-formed region codes are checked with {@code regionKnown}. */
        Row(Map<String, Integer> positions, List<String> cells, java.util.function.Predicate<String> regionKnown) {
            this.positions = positions;
            this.cells = cells;
            this.regionKnown = regionKnown;
        }

        /** Reports {@code REGION_CODE_UNKNOWN} for a well-formed code that is not a GB/T 2260 region. */
        void checkRegion(String key) {
            String v = text(key);
            if (v != null && cn.shuangsuiji.registry.domain.validation.Patterns.matches(
                    cn.shuangsuiji.registry.domain.validation.Patterns.REGION_CODE, v) && !regionKnown.test(v)) {
                problems.add(new FieldProblem(key, "REGION_CODE_UNKNOWN", "行政区划代码不存在：" + v));
            }
        }

        String text(String key) {
            Integer i = positions.get(key);
            if (i == null || i >= cells.size() || cells.get(i) == null) {
                return null;
            }
            String v = cells.get(i).trim();
            return v.isEmpty() ? null : v;
        }

        List<String> list(String key) {
            String v = text(key);
            return v == null ? List.of() : Arrays.stream(v.split("[;；]")).map(String::trim)
                    .filter(s -> !s.isEmpty()).toList();
        }

        boolean flag(String key) {
            String v = text(key);
            if (v == null) {
                return false;
            }
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "是", "true", "1", "y", "yes" -> true;
                case "否", "false", "0", "n", "no" -> false;
                default -> {
                    problems.add(new FieldProblem(key, "BOOLEAN_FORMAT", "应填“是”或“否”"));
                    yield false;
                }
            };
        }

        LocalDate date(String key) {
            return date(key, text(key));
        }

        LocalDate date(String field, String v) {
            if (v == null || v.isBlank()) {
                return null;
            }
            String text = v.trim();
            if (text.matches("[0-9]{4,5}(\\.0+)?")) {
                // an XLSX date cell read as its serial number (days since 1899-12-30)
                return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(text.replaceAll("\\..*", "")));
            }
            try {
                return LocalDate.parse(text.replace('/', '-'));
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(field, "DATE_FORMAT", "日期格式应为 yyyy-MM-dd：" + v));
                return null;
            }
        }

        <E> E choice(String key, E parsed, String label) {
            String v = text(key);
            if (v != null && parsed == null) {
                problems.add(new FieldProblem(key, "ENUM_VALUE", label + "取值无效：" + v));
            }
            return parsed;
        }
    }
}
