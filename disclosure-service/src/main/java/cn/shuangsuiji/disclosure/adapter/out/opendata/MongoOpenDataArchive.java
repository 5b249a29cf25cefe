package cn.shuangsuiji.disclosure.adapter.out.opendata;

import cn.shuangsuiji.disclosure.application.port.in.OpenDataFile;
import cn.shuangsuiji.disclosure.application.port.in.OpenDataRelease;
import cn.shuangsuiji.disclosure.application.port.in.VerificationKit;
import cn.shuangsuiji.disclosure.application.port.out.OpenDataArchive;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import com.mongodb.DuplicateKeyException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open-data releases in the service's own MongoDB database, so that every instance serves the same releases and a
 * restarted instance elsewhere loses none. Files live in the GridFS bucket {@code open_data} (written and read as
 * streams, named {@code <day>/<generation>/<file>}); which generation of a day is the release is recorded in
 * {@code open_data_releases} ({@code _id} = the day), together with the files' counts and digests.
 *
 * <p>One writer per day: an export first takes the day's lease (a conditional upsert of the day's document: free,
 * expired, or not there yet; a second instance meets the document's unique {@code _id} and is refused with 409
 * {@code OPEN_DATA_EXPORT_RUNNING}), renews it after each file, and publishes by switching the day's generation in
 * one conditional update that also drops the lease. A lease lost meanwhile (expired and taken over) makes the switch
 * fail: that writer deletes its files and the other's release stands. Files of other generations of the day (the
 * replaced release, or the files of a writer that died) are deleted after a switch. Readers therefore see the old
 * release or the new one whole, never a mix.
 */
@Component
class MongoOpenDataArchive implements OpenDataArchive {

    private static final Logger log = LoggerFactory.getLogger(MongoOpenDataArchive.class);
    static final String RELEASES = "open_data_releases";
    static final String BUCKET = "open_data";

    private final MongoCollection<Document> releases;
    private final GridFSBucket files;
    private final ManifestSigner signer;
    private final Clock clock;
    private final Duration leaseTtl;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final JsonMapper pretty = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    MongoOpenDataArchive(MongoTemplate mongo, ManifestSigner signer, Clock clock,
                         @Value("${ssj.disclosure.open-data-lease:PT5M}") Duration leaseTtl) {
        this.releases = mongo.getCollection(RELEASES);
        this.files = GridFSBuckets.create(mongo.getDb(), BUCKET);
        this.signer = signer;
        this.clock = clock;
        this.leaseTtl = leaseTtl;
    }

    @Override
    public OpenDataRelease publish(LocalDate day, Instant generatedAt, Map<String, List<?>> datasets,
                                   VerificationKit kit) {
        String token = claim(day);
        String generation = new ObjectId().toHexString();
        try {
            List<OpenDataRelease.File> written = new ArrayList<>();
            for (Map.Entry<String, List<?>> dataset : datasets.entrySet()) {
                List<?> records = dataset.getValue();
                written.add(upload(day, generation, dataset.getKey() + ".jsonl", dataset.getKey(), records.size(),
                        out -> OpenDataFormats.jsonLines(records, out)));
                renew(day, token);
                written.add(upload(day, generation, dataset.getKey() + ".csv", dataset.getKey(), records.size(),
                        out -> OpenDataFormats.csv(records, out)));
                renew(day, token);
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("publisher", "双随机、一公开 — disclosure-service");
            manifest.put("day", day.toString());
            manifest.put("generatedAt", generatedAt.toString());
            manifest.put("signatureAlgorithm", "Ed25519");
            manifest.put("signatureFile", "manifest.json.sig");
            manifest.put("publicKey", "/api/public/open-data/public-key.pem");
            manifest.put("files", written);
            manifest.put("verificationKit", kit);
            byte[] manifestBytes = pretty.writeValueAsBytes(manifest);
            upload(day, generation, "manifest.json", null, 0, out -> write(out, manifestBytes));
            byte[] signature = (signer.sign(manifestBytes) + "\n").getBytes(StandardCharsets.US_ASCII);
            upload(day, generation, "manifest.json.sig", null, 0, out -> write(out, signature));
            List<Document> fileDocs = written.stream().map(f -> new Document("name", f.name())
                    .append("dataset", f.dataset()).append("records", f.records()).append("bytes", f.bytes())
                    .append("sha256", f.sha256())).toList();
            boolean switched = releases.updateOne(Filters.and(Filters.eq("_id", day.toString()),
                    Filters.eq("lease.token", token)), Updates.combine(Updates.set("generation", generation),
                    Updates.set("generatedAt", Date.from(generatedAt)), Updates.set("files", fileDocs),
                    Updates.unset("lease"))).getMatchedCount() == 1;
            if (!switched) {
                throw leaseLost(day);
            }
            deleteOtherGenerations(day, generation);
            return new OpenDataRelease(day, written);
        } catch (RuntimeException e) {
            deleteGeneration(day, generation);
            releaseLease(day, token);
            throw e;
        }
    }

    @Override
    public Optional<OpenDataRelease> release(LocalDate day) {
        Document d = releases.find(Filters.and(Filters.eq("_id", day.toString()), Filters.ne("generation", null)))
                .first();
        return Optional.ofNullable(d).map(MongoOpenDataArchive::release);
    }

    @Override
    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (Document d : releases.find(Filters.ne("generation", null)).projection(new Document("_id", 1))
                .sort(Sorts.descending("_id"))) {
            days.add(LocalDate.parse(d.getString("_id")));
        }
        return days;
    }

    @Override
    public Optional<OpenDataFile> file(LocalDate day, String name) {
        Document release = releases.find(Filters.eq("_id", day.toString())).first();
        if (release == null || release.getString("generation") == null) {
            return Optional.empty();
        }
        GridFSFile file = files.find(Filters.eq("filename", path(day, release.getString("generation"), name)))
                .first();
        if (file == null) {
            return Optional.empty();
        }
        ObjectId id = file.getObjectId();
        return Optional.of(new OpenDataFile(name, file.getLength(), () -> files.openDownloadStream(id)));
    }

    @Override
    public String publicKeyPem() {
        return signer.publicKeyPem();
    }

    /** Takes the day's lease; 409 while another writer holds it. */
    private String claim(LocalDate day) {
        String token = instance + "-" + UUID.randomUUID();
        Date now = Date.from(clock.instant());
        Bson free = Filters.or(Filters.exists("lease", false), Filters.lt("lease.until", now));
        try {
            releases.findOneAndUpdate(Filters.and(Filters.eq("_id", day.toString()), free),
                    Updates.set("lease", lease(token)),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            return token;
        } catch (DuplicateKeyException e) {
            throw running(day);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw running(day);
            }
            throw e;
        } catch (com.mongodb.MongoCommandException e) {
            if (e.getErrorCode() == 11000) {
                throw running(day);
            }
            throw e;
        }
    }

    private void renew(LocalDate day, String token) {
        if (releases.updateOne(Filters.and(Filters.eq("_id", day.toString()), Filters.eq("lease.token", token)),
                Updates.set("lease", lease(token))).getMatchedCount() != 1) {
            throw leaseLost(day);
        }
    }

    private void releaseLease(LocalDate day, String token) {
        try {
            releases.updateOne(Filters.and(Filters.eq("_id", day.toString()), Filters.eq("lease.token", token)),
                    Updates.unset("lease"));
        } catch (RuntimeException e) {
            log.warn("Could not release the open-data lease of {} (it expires by itself): {}", day, e.toString());
        }
    }

    private Document lease(String token) {
        return new Document("token", token).append("until", Date.from(clock.instant().plus(leaseTtl)));
    }

    private OpenDataRelease.File upload(LocalDate day, String generation, String name, String dataset, long records,
                                        Consumer<OutputStream> content) {
        MessageDigest sha256 = sha256();
        GridFSUploadOptions options = new GridFSUploadOptions().metadata(new Document("day", day.toString())
                .append("generation", generation).append("name", name));
        long bytes;
        try (GridFSUploadStream upload = files.openUploadStream(path(day, generation, name), options);
             CountingStream counting = new CountingStream(new DigestOutputStream(upload, sha256))) {
            content.accept(counting);
            counting.flush();
            bytes = counting.count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OpenDataRelease.File(name, dataset, records, bytes, HexFormat.of().formatHex(sha256.digest()));
    }

    private void deleteOtherGenerations(LocalDate day, String current) {
        for (GridFSFile f : files.find(Filters.regex("filename", "^" + Pattern.quote(day + "/")))) {
            if (!f.getFilename().startsWith(day + "/" + current + "/")) {
                files.delete(f.getObjectId());
            }
        }
    }

    private void deleteGeneration(LocalDate day, String generation) {
        try {
            for (GridFSFile f : files.find(Filters.regex("filename",
                    "^" + Pattern.quote(day + "/" + generation + "/")))) {
                files.delete(f.getObjectId());
            }
        } catch (RuntimeException e) {
            log.warn("Could not delete the unpublished open-data files of {} (the next export of the day does): {}",
                    day, e.toString());
        }
    }

    private static OpenDataRelease release(Document d) {
        List<OpenDataRelease.File> list = new ArrayList<>();
        for (Document f : d.getList("files", Document.class, List.of())) {
            list.add(new OpenDataRelease.File(f.getString("name"), f.getString("dataset"),
                    ((Number) f.get("records")).longValue(), ((Number) f.get("bytes")).longValue(),
                    f.getString("sha256")));
        }
        return new OpenDataRelease(LocalDate.parse(d.getString("_id")), list);
    }

    private static String path(LocalDate day, String generation, String name) {
        return day + "/" + generation + "/" + name;
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DomainProblem running(LocalDate day) {
        return new DomainProblem(ProblemKind.CONFLICT, "OPEN_DATA_EXPORT_RUNNING", "开放数据正在导出",
                "另一实例正在导出 " + day + " 的开放数据，请稍后再试");
    }

    private static DomainProblem leaseLost(LocalDate day) {
        return new DomainProblem(ProblemKind.CONFLICT, "OPEN_DATA_EXPORT_RUNNING", "开放数据正在导出",
                day + " 的开放数据导出已由另一实例接手，本次导出未发布");
    }

    /** Counts the bytes written through it; closing it closes the upload (which stores the last chunk). */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
