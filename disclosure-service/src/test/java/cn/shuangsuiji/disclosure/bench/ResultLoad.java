package cn.shuangsuiji.disclosure.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;

/**
 * Benchmark data: tops {@code ssj_disclosure.public_results} up to N result announcements (ids {@code bench-…}),
 * in the shape the service stores them, and writes a sample of their credit codes for the load generator.
 * Usage: {@code ResultLoad <mongoUri> <database> <n> <uscc-sample-file>}.
 */
public final class ResultLoad {

    private static final String[] NAMES = {"曲阳县恒达石雕有限公司", "曲阳县宏盛食品店", "保定市恒达建材有限公司", "曲阳县鑫源商贸有限公司",
            "曲阳县永兴五金店", "曲阳县华泰物流有限公司", "曲阳县金石工艺品厂", "曲阳县康健药房"};
    private static final String[] DEPARTMENTS = {"qy-amr", "qy-psb", "qy-eco", "qy-cult", "qy-emg"};

    private static final int BATCH = 5000;

    private ResultLoad() {
    }

    public static void main(String[] args) throws IOException {
        String uri = args[0];
        String database = args[1];
        long n = Long.parseLong(args[2]);
        Path sample = Path.of(args[3]);
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> results = client.getDatabase(database).getCollection("public_results");
            long existing = results.countDocuments(new Document("_id", new Document("$regex", "^bench-")));
            long start = System.nanoTime();
            // batches of 5,000 over a few threads: index maintenance in mongod is the cost, and it overlaps
            int threads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> pending = new ArrayList<>();
            for (long from = existing; from < n; from += BATCH) {
                long first = from;
                long last = Math.min(n, from + BATCH);
                pending.add(pool.submit(() -> {
                    List<Document> batch = new ArrayList<>((int) (last - first));
                    for (long i = first; i < last; i++) {
                        batch.add(document(i));
                    }
                    results.insertMany(batch, new InsertManyOptions().ordered(false));
                }));
            }
            pool.shutdown();
            try {
                for (Future<?> f : pending) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("loading failed", e.getCause());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("[bench] public_results: %d existing, %d inserted in %.1f s, %d in total%n", existing,
                    Math.max(0, n - existing), seconds, results.countDocuments());
        }
        List<String> usccs = new ArrayList<>();
        for (long i = 0; i < n; i += Math.max(1, n / 10_000)) {
            usccs.add(uscc(i));
        }
        Files.write(sample, usccs);
    }

    static String uscc(long i) {
        return "91130634" + String.format("%09d", i) + "X";
    }

    private static Document document(long i) {
        String id = String.format("bench-%07d", i) + ":" + DEPARTMENTS[(int) (i % DEPARTMENTS.length)];
        String name = NAMES[(int) (i % NAMES.length)] + i;
        String department = DEPARTMENTS[(int) (i % DEPARTMENTS.length)];
        String plan = "plan-bench-" + (i % 50);
        LocalDate checked = LocalDate.of(2026, 1, 1).plusDays(i % 300);
        String json = "{\"resultId\":\"" + id + "\",\"inspectionId\":\"" + id.substring(0, id.indexOf(':'))
                + "\",\"planId\":\"" + plan + "\",\"planTitle\":\"2026年度随机抽查计划\",\"kind\":\"ANNUAL\",\"taskId\":\"task-1\","
                + "\"taskName\":\"企业公示信息检查\",\"drawId\":\"draw-bench-" + (i % 500) + "\",\"departmentId\":\"" + department
                + "\",\"entityId\":\"ent-" + i + "\",\"entityName\":\"" + name + "\",\"uscc\":\"" + uscc(i)
                + "\",\"version\":1,\"category\":\"NO_PROBLEM_FOUND\",\"categoryName\":\"未发现问题\",\"checkDate\":\""
                + checked + "\",\"recordedAt\":\"" + checked.plusDays(2) + "T02:00:00Z\",\"items\":[{\"itemId\":\"item-1\","
                + "\"itemVersion\":1,\"checkProject\":\"企业公示信息检查\",\"subItems\":[{\"subItem\":\"年度报告公示情况\","
                + "\"result\":\"NORMAL\"}]}],\"corrected\":false,\"corrections\":[],\"followUps\":[]}";
        return new Document("_id", id).append("uscc", uscc(i)).append("entityName", name)
                .append("departmentId", department).append("planId", plan).append("checkDate", checked.toString())
                .append("json", json);
    }
}
