package cn.shuangsuiji.draw.domain.draw;

import cn.shuangsuiji.drawprotocol.BeaconSpec;
import cn.shuangsuiji.drawprotocol.CandidateTable;
import cn.shuangsuiji.drawprotocol.ConflictPair;
import cn.shuangsuiji.drawprotocol.ConflictSet;
import cn.shuangsuiji.drawprotocol.DepartmentId;
import cn.shuangsuiji.drawprotocol.DrawCommitment;
import cn.shuangsuiji.drawprotocol.DrawInputs;
import cn.shuangsuiji.drawprotocol.DrawPolicy;
import cn.shuangsuiji.drawprotocol.Expert;
import cn.shuangsuiji.drawprotocol.ExpertConflict;
import cn.shuangsuiji.drawprotocol.ExpertId;
import cn.shuangsuiji.drawprotocol.ExpertNeed;
import cn.shuangsuiji.drawprotocol.ExpertPool;
import cn.shuangsuiji.drawprotocol.ExpertTerms;
import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.Inspector;
import cn.shuangsuiji.drawprotocol.InspectorId;
import cn.shuangsuiji.drawprotocol.InspectorPool;
import cn.shuangsuiji.drawprotocol.PublicSource;
import cn.shuangsuiji.drawprotocol.QuotaKind;
import cn.shuangsuiji.drawprotocol.ReplacementRule;
import cn.shuangsuiji.drawprotocol.SnapshotRoots;
import cn.shuangsuiji.drawprotocol.StratumQuota;
import cn.shuangsuiji.drawprotocol.TargetId;
import cn.shuangsuiji.drawprotocol.TaskItem;
import cn.shuangsuiji.drawprotocol.WitnessCommitment;
import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;
import cn.shuangsuiji.drawprotocol.beacon.DrandQuicknet;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * 冻结输入 — the committed inputs of a draw (commitment fields and the three record sets) in a compact gzip
 * form, stored once at commitment and read back to execute, substitute and build the bundle. Reading checks
 * that the commitment re-hashes to the committed hash, so stored inputs cannot drift.
 */
public final class FrozenInputs {

    /**
     * 4 appends the expert terms and pool (protocol revision 1.4: a flag, then needs, cap, experts and their conflict
     * pairs); 3 adds each source's value format (protocol revision 1.3; "" = none) after its description; 2 added the
     * policy's replacement rule after reservePerStratum; formats 1 and 2 are still read.
     */
    private static final int FORMAT = 4;
    private static final int FORMAT_WITHOUT_EXPERTS = 3;
    private static final int FORMAT_WITHOUT_SOURCE_FORMATS = 2;
    private static final int FORMAT_WITHOUT_RULE = 1;

    private FrozenInputs() {
    }

    public static byte[] write(DrawInputs inputs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // buffered before the deflater: DataOutputStream writes an int as four one-byte writes, each a native deflate
        // call (and a CRC update) when it reaches GZIPOutputStream directly — 20 million of them at 10^6 candidates
        // and the fastest deflate level, as the registry's snapshot content: the frozen copy is read back only after a
        // restart (the commit keeps its inputs in memory), so a few hundred KB more per 10^6 candidates cost nothing
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(bytes,
                1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }, 1 << 16))) {
            DrawCommitment c = inputs.commitment();
            out.writeInt(FORMAT);
            str(out, c.drawId());
            str(out, c.planId());
            str(out, c.jurisdiction());
            str(out, c.policyVersion());
            str(out, c.committedAt());
            str(out, c.initiatingDepartment().value());
            out.writeInt(c.participatingDepartments().size());
            for (DepartmentId d : c.participatingDepartments()) {
                str(out, d.value());
            }
            out.writeInt(c.items().size());
            for (TaskItem i : c.items()) {
                str(out, i.department().value());
                str(out, i.itemCode());
            }
            out.writeInt(c.strata().size());
            for (StratumQuota q : c.strata()) {
                str(out, q.stratum());
                str(out, q.kind().name());
                str(out, q.value());
            }
            DrawPolicy p = c.policy();
            out.writeInt(p.minTeamSize());
            out.writeInt(p.minPerDepartment());
            out.writeInt(p.maxAssignmentsPerInspector());
            out.writeBoolean(p.excludeSameArea());
            out.writeInt(p.reservePerStratum());
            str(out, p.replacementRule().name());
            str(out, c.beacon().network());
            out.writeLong(c.beacon().round());
            out.writeInt(c.sources().size());
            for (PublicSource s : c.sources()) {
                str(out, s.name());
                str(out, s.description());
                str(out, s.format() == null ? "" : s.format());
            }
            out.writeInt(c.witnesses().size());
            for (WitnessCommitment w : c.witnesses()) {
                str(out, w.witness());
                str(out, w.commitment().hex());
            }
            str(out, c.hash().hex());
            CandidateTable t = inputs.targets();
            out.writeInt(t.size());
            for (int row = 0; row < t.size(); row++) {
                str(out, t.id(row));
                str(out, t.stratum(row));
                str(out, t.area(row));
                String reason = t.exclusionReason(row);
                str(out, reason == null ? "" : reason);
            }
            List<Inspector> inspectors = inputs.inspectors().all();
            out.writeInt(inspectors.size());
            for (Inspector i : inspectors) {
                str(out, i.id().value());
                str(out, i.department().value());
                out.writeBoolean(i.active());
                out.writeInt(i.scope().size());
                for (String s : i.scope()) {
                    str(out, s);
                }
                str(out, i.area());
            }
            out.writeInt(inputs.conflicts().size());
            for (ConflictPair pair : inputs.conflicts().all()) {
                str(out, pair.inspector().value());
                str(out, pair.target().value());
                str(out, pair.reason());
            }
            ExpertTerms terms = c.experts();
            out.writeBoolean(terms != null);
            if (terms != null) {
                out.writeInt(terms.needs().size());
                for (ExpertNeed n : terms.needs()) {
                    str(out, n.department().value());
                    str(out, n.field());
                }
                out.writeInt(terms.maxAssignmentsPerExpert());
                List<Expert> experts = inputs.experts().all();
                out.writeInt(experts.size());
                for (Expert x : experts) {
                    str(out, x.id().value());
                    str(out, x.department().value());
                    out.writeBoolean(x.active());
                    out.writeInt(x.fields().size());
                    for (String f : x.fields()) {
                        str(out, f);
                    }
                }
                out.writeInt(inputs.experts().conflicts().size());
                for (ExpertConflict xp : inputs.experts().conflicts()) {
                    str(out, xp.expert().value());
                    str(out, xp.target().value());
                    str(out, xp.reason());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static DrawInputs read(byte[] data) {
        // buffered after the inflater, for the same reason as in write (an int read byte by byte, a native call each)
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(
                new ByteArrayInputStream(data), 1 << 16), 1 << 16))) {
            int format = in.readInt();
            if (format != FORMAT && format != FORMAT_WITHOUT_EXPERTS && format != FORMAT_WITHOUT_SOURCE_FORMATS
                    && format != FORMAT_WITHOUT_RULE) {
                throw new IllegalStateException("unknown frozen-inputs format");
            }
            String drawId = str(in);
            String planId = str(in);
            String jurisdiction = str(in);
            String policyVersion = str(in);
            String committedAt = str(in);
            DepartmentId initiating = new DepartmentId(str(in));
            List<DepartmentId> participating = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                participating.add(new DepartmentId(str(in)));
            }
            List<TaskItem> items = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                items.add(new TaskItem(new DepartmentId(str(in)), str(in)));
            }
            List<StratumQuota> strata = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                strata.add(new StratumQuota(str(in), QuotaKind.valueOf(str(in)), str(in)));
            }
            DrawPolicy policy = new DrawPolicy(in.readInt(), in.readInt(), in.readInt(), in.readBoolean(),
                    in.readInt());
            if (format >= FORMAT_WITHOUT_SOURCE_FORMATS) {
                policy = policy.withReplacementRule(ReplacementRule.valueOf(str(in)));
            }
            String network = str(in);
            long round = in.readLong();
            BeaconSpec beacon = DemoBeacon.NETWORK.equals(network) ? DemoBeacon.spec(round)
                    : DrandQuicknet.spec(round);
            List<PublicSource> sources = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                String name = str(in);
                String description = str(in);
                String sourceFormat = format >= FORMAT_WITHOUT_EXPERTS ? str(in) : "";
                sources.add(new PublicSource(name, description, sourceFormat.isEmpty() ? null : sourceFormat));
            }
            List<WitnessCommitment> witnesses = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                witnesses.add(new WitnessCommitment(str(in), Hash32.fromHex(str(in))));
            }
            String hash = str(in);
            int size = in.readInt();
            CandidateTable.Builder table = CandidateTable.builder(size);
            List<String[]> exclusions = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String id = str(in);
                table.add(id, str(in), str(in));
                String reason = str(in);
                if (!reason.isEmpty()) {
                    exclusions.add(new String[] {id, reason});
                }
            }
            exclusions.forEach(x -> table.exclude(x[0], x[1]));
            CandidateTable targets = table.build();
            List<Inspector> inspectors = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                InspectorId id = new InspectorId(str(in));
                DepartmentId d = new DepartmentId(str(in));
                boolean active = in.readBoolean();
                List<String> scope = new ArrayList<>();
                for (int k = in.readInt(); k > 0; k--) {
                    scope.add(str(in));
                }
                inspectors.add(new Inspector(id, d, active, scope, str(in)));
            }
            List<ConflictPair> pairs = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                pairs.add(new ConflictPair(new InspectorId(str(in)), new TargetId(str(in)), str(in)));
            }
            InspectorPool pool = new InspectorPool(inspectors);
            ConflictSet conflicts = new ConflictSet(pairs);
            DrawCommitment c = new DrawCommitment(DrawCommitment.ALGORITHM, drawId, planId, jurisdiction,
                    policyVersion, committedAt, initiating, participating, items, strata, policy,
                    SnapshotRoots.of(targets, pool, conflicts), beacon, sources, witnesses);
            ExpertPool experts = null;
            if (format >= FORMAT && in.readBoolean()) {
                List<ExpertNeed> needs = new ArrayList<>();
                for (int n = in.readInt(); n > 0; n--) {
                    needs.add(new ExpertNeed(new DepartmentId(str(in)), str(in)));
                }
                int cap = in.readInt();
                List<Expert> list = new ArrayList<>();
                for (int n = in.readInt(); n > 0; n--) {
                    ExpertId id = new ExpertId(str(in));
                    DepartmentId d = new DepartmentId(str(in));
                    boolean active = in.readBoolean();
                    List<String> fields = new ArrayList<>();
                    for (int k = in.readInt(); k > 0; k--) {
                        fields.add(str(in));
                    }
                    list.add(new Expert(id, d, active, fields));
                }
                List<ExpertConflict> expertPairs = new ArrayList<>();
                for (int n = in.readInt(); n > 0; n--) {
                    expertPairs.add(new ExpertConflict(new ExpertId(str(in)), new TargetId(str(in)), str(in)));
                }
                experts = new ExpertPool(list, expertPairs);
                c = c.withExperts(experts.terms(needs, cap));
            }
            if (!c.hash().hex().equals(hash)) {
                throw new IllegalStateException("stored inputs of " + drawId + " do not hash to the commitment");
            }
            return new DrawInputs(c, targets, pool, conflicts, experts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String str(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}
