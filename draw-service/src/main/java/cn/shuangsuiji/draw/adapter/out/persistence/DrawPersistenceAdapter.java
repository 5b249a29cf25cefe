package cn.shuangsuiji.draw.adapter.out.persistence;

import cn.shuangsuiji.draw.application.port.out.DrawLogRepository;
import cn.shuangsuiji.draw.application.port.out.DrawRepository;
import cn.shuangsuiji.draw.application.port.out.ExecutionRepository;
import cn.shuangsuiji.draw.application.port.out.FrozenInputsStore;
import cn.shuangsuiji.draw.domain.draw.Dispatch;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawId;
import cn.shuangsuiji.draw.domain.draw.DrawState;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.LogKind;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Maps draws, their log, executions and frozen inputs to MongoDB. */
@Component
class DrawPersistenceAdapter implements DrawRepository, DrawLogRepository, ExecutionRepository, FrozenInputsStore {

    /** Chunk size of frozen inputs, well below MongoDB's 16 MiB document limit. */
    static final int CHUNK = 8 << 20;

    private final MongoTemplate mongo;

    DrawPersistenceAdapter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insert(Draw draw) {
        try {
            mongo.insert(toDocument(draw, null));
        } catch (DuplicateKeyException e) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_ROUND_PENDING", "本轮抽取已存在",
                    "任务 " + draw.header().taskId() + " 第 " + draw.header().round() + " 轮已有有效抽取（同时提交的另一承诺）");
        }
    }

    @Override
    public List<Draw> ofTask(String planId, String taskId) {
        return mongo.find(Query.query(Criteria.where("header.planId").is(planId).and("header.taskId").is(taskId))
                .with(Sort.by("header.committedAt", "_id")), DrawDocument.class).stream()
                .map(DrawPersistenceAdapter::toDomain).toList();
    }

    @Override
    public void update(Draw draw) {
        mongo.save(toDocument(draw, draw.version()));
    }

    @Override
    public Optional<Draw> find(DrawId id) {
        return Optional.ofNullable(mongo.findById(id.value(), DrawDocument.class)).map(DrawPersistenceAdapter::toDomain);
    }

    @Override
    public List<Draw> list(Filter filter, String after, int limit) {
        List<Criteria> all = new ArrayList<>();
        if (filter.planId() != null) {
            all.add(Criteria.where("header.planId").is(filter.planId()));
        }
        if (filter.taskId() != null) {
            all.add(Criteria.where("header.taskId").is(filter.taskId()));
        }
        if (filter.state() != null) {
            all.add(Criteria.where("state").is(filter.state().name()));
        }
        if (filter.departmentId() != null) {
            all.add(involving(List.of(filter.departmentId())));
        }
        if (filter.readableBy() != null) {
            all.add(involving(filter.readableBy()));
        }
        if (after != null) {
            all.add(Criteria.where("_id").gt(after));
        }
        Criteria c = all.isEmpty() ? new Criteria() : new Criteria().andOperator(all.toArray(Criteria[]::new));
        return mongo.find(Query.query(c).with(Sort.by("_id")).limit(limit), DrawDocument.class).stream()
                .map(DrawPersistenceAdapter::toDomain).toList();
    }

    /** Draws a department initiated, joins or received by dispatch. */
    private static Criteria involving(java.util.Collection<String> departments) {
        return new Criteria().orOperator(Criteria.where("header.initiatingDepartmentId").in(departments),
                Criteria.where("header.participatingDepartmentIds").in(departments),
                Criteria.where("dispatches.departmentId").in(departments));
    }

    @Override
    public List<Draw> withOverdueDispatches(LocalDate today, String after, int limit) {
        Criteria c = Criteria.where("dispatches").elemMatch(
                Criteria.where("confirmedAt").is(null).and("deadline").lt(today.toString()));
        if (after != null && !after.isBlank()) {
            c = c.and("_id").gt(after);
        }
        return mongo.find(Query.query(c).with(Sort.by("_id")).limit(limit), DrawDocument.class).stream()
                .map(DrawPersistenceAdapter::toDomain).toList();
    }

    private static DrawDocument toDocument(Draw d, Long version) {
        return new DrawDocument(d.id().value(), d.header(), d.state().name(), d.resultHash(), d.abandonReason(),
                d.witnesses(), d.dispatches().stream().map(x -> new DrawDocument.DispatchDocument(x.departmentId(),
                        x.dispatchedOn().toString(), x.deadline().toString(), x.confirmedBy(), x.confirmedAt()))
                .toList(), version, standingRound(d), d.confirmations());
    }

    private static String standingRound(Draw d) {
        boolean stands = d.state() == DrawState.COMMITTED || d.state() == DrawState.EXECUTED;
        return stands && d.header().round() != null
                ? d.header().planId() + "/" + d.header().taskId() + "/" + d.header().round() : null;
    }

    private static Draw toDomain(DrawDocument d) {
        return new Draw(new DrawId(d.id()), d.header(), DrawState.valueOf(d.state()), d.resultHash(),
                d.abandonReason(), d.witnesses() == null ? List.of() : d.witnesses(),
                d.dispatches() == null ? List.of() : d.dispatches().stream().map(x -> new Dispatch(x.departmentId(),
                        LocalDate.parse(x.dispatchedOn()), LocalDate.parse(x.deadline()), x.confirmedBy(),
                        x.confirmedAt())).toList(),
                d.confirmations(), d.version() == null ? 0 : d.version());
    }

    @Override
    public List<LogEntry> entries(String drawId) {
        return mongo.find(Query.query(Criteria.where("drawId").is(drawId)).with(Sort.by("seq")),
                DrawLogDocument.class).stream().map(e -> new LogEntry(e.seq(), LogKind.valueOf(e.kind()), e.at(),
                e.actor(), e.fields(), Hash32.fromHex(e.prevHash()), Hash32.fromHex(e.hash()))).toList();
    }

    @Override
    public void append(String drawId, LogEntry e) {
        mongo.insert(new DrawLogDocument(drawId + ":" + String.format("%09d", e.seq()), drawId, e.seq(),
                e.kind().name(), e.at(), e.actor(), e.fields(), e.prevHash().hex(), e.hash().hex()));
    }

    @Override
    public void insert(Execution e) {
        mongo.insert(new ExecutionDocument(e.drawId(), e.beaconRound(), e.signature(), e.sourceValues(),
                e.witnessReveals(), e.seed(), e.resultHash(), e.status(), e.failureCode(), e.executedAt(),
                e.executedBy()));
    }

    @Override
    public Optional<Execution> find(String drawId) {
        return Optional.ofNullable(mongo.findById(drawId, ExecutionDocument.class)).map(e -> new Execution(e.id(),
                e.beaconRound(), e.signature(), e.sourceValues(), e.witnessReveals(), e.seed(), e.resultHash(),
                e.status(), e.failureCode(), e.executedAt(), e.executedBy()));
    }

    @Override
    public void store(String drawId, byte[] data) {
        for (int chunk = 0, offset = 0; offset < data.length || chunk == 0; chunk++, offset += CHUNK) {
            byte[] part = Arrays.copyOfRange(data, offset, Math.min(data.length, offset + CHUNK));
            mongo.insert(new FrozenInputsDocument(drawId + ":" + chunk, drawId, chunk, part));
        }
    }

    @Override
    public Optional<byte[]> load(String drawId) {
        List<FrozenInputsDocument> chunks = mongo.find(Query.query(Criteria.where("drawId").is(drawId))
                .with(Sort.by("chunk")), FrozenInputsDocument.class);
        if (chunks.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chunks.forEach(c -> out.writeBytes(c.data()));
        return Optional.of(out.toByteArray());
    }
}
