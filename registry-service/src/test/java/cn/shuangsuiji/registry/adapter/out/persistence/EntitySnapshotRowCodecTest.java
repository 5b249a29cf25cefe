package cn.shuangsuiji.registry.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.registry.domain.entity.CreditClass;
import cn.shuangsuiji.registry.domain.entity.EntityDetails;
import cn.shuangsuiji.registry.domain.entity.EntityStatus;
import cn.shuangsuiji.registry.domain.entity.Holder;
import cn.shuangsuiji.registry.domain.entity.Licence;
import cn.shuangsuiji.registry.domain.entity.ObjectType;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;
import cn.shuangsuiji.registry.domain.privacy.Pseudonyms;
import cn.shuangsuiji.registry.domain.privacy.TestPseudonyms;
import cn.shuangsuiji.registry.domain.snapshot.EntitySnapshotRow;
import cn.shuangsuiji.registry.domain.validation.Uscc;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonBinaryReader;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;

/**
 * The snapshot rows decoded straight from BSON are the rows the former mapping (a {@link Document} per entity, its
 * fields read by name, the party keys of its identifiers) made of the same stored document, for documents as
 * {@link EntityDocuments} writes them and for documents with nulls, blanks and fields a snapshot does not read.
 */
class EntitySnapshotRowCodecTest {

    private static final Pseudonyms P = TestPseudonyms.PSEUDONYMS;
    private static final String LEGAL_REP_ID = "11010519491231002X";
    private static final String HOLDER_USCC = Uscc.complete("91130634MA0A00009");
    private static final String HOLDER_ID = "130634198001010019";

    private final EntitySnapshotRowCodec codec = new EntitySnapshotRowCodec(P);

    @Test
    void aFullyFilledEntityDecodesToTheRowOfTheDocumentMapping() {
        EntityDetails details = new EntityDetails("恒达石材", Uscc.complete("91130634MA0B00008"), null, "曲阳县市场监督管理局",
                "王建国", "曲阳县某街1号", "130634", "C30", ObjectType.ENTERPRISE, EntityStatus.OPERATING, CreditClass.C,
                List.of(new Licence("L-1", "许可", LocalDate.of(2024, 1, 1), LocalDate.of(2030, 1, 1))), true, true,
                List.of("food", "stone"), List.of("qy-amr", "qy-ga"), "13812345678", LEGAL_REP_ID,
                List.of(new Holder("恒达投资", HOLDER_USCC, null), new Holder("王建国", null, HOLDER_ID)));
        Document stored = EntityDocuments.toDocument(RegulatedEntity.register(details, P, Instant.EPOCH));

        EntitySnapshotRow row = decoded(stored);

        assertThat(row).isEqualTo(formerMapping(stored));
        assertThat(row.partyKeys()).hasSize(4).contains(P.partyKey(LEGAL_REP_ID), P.partyKey(HOLDER_USCC),
                P.partyKey(HOLDER_ID), P.partyKey(details.uscc()));
        assertThat(row.abnormalList()).isTrue();
        assertThat(row.seriousDishonesty()).isTrue();
        assertThat(row.tags()).containsExactly("food", "stone");
    }

    @Test
    void aNaturalPersonWithoutOptionalFieldsDecodesToTheRowOfTheDocumentMapping() {
        EntityDetails person = new EntityDetails("王建国", null, LEGAL_REP_ID, null, null, null, "130634", null,
                ObjectType.INDIVIDUAL_BUSINESS, EntityStatus.OPERATING, CreditClass.A, List.of(), false, false,
                List.of(), List.of("qy-amr"), null);
        Document stored = EntityDocuments.toDocument(RegulatedEntity.register(person, P, Instant.EPOCH));

        EntitySnapshotRow row = decoded(stored);

        assertThat(row).isEqualTo(formerMapping(stored));
        assertThat(row.id()).startsWith("ent-p");
        assertThat(row.partyKeys()).containsExactly(P.partyKey(LEGAL_REP_ID));
        assertThat(row.uscc()).isNull();
        assertThat(row.tags()).isEmpty();
        assertThat(row.abnormalList()).isFalse();
    }

    @Test
    void nullsBlanksLowerCaseHolderIdentifiersAndUnreadFieldsDecodeAsTheDocumentMappingReadThem() {
        Document stored = new Document("_id", "ent-x").append("name", "某公司").append("uscc", null)
                .append("objectType", "ENTERPRISE").append("regionCode", "130634").append("industry", null)
                .append("creditClass", "B").append("status", "OPERATING").append("tags", null)
                .append("abnormalList", null).append("seriousDishonesty", false)
                .append("licences", List.of(new Document("number", "L-2")))
                .append("holders", List.of(new Document("name", "甲").append("uscc", "  ").append("idNumber",
                        " " + HOLDER_ID.toLowerCase() + " "), new Document("name", "乙").append("uscc",
                        HOLDER_USCC.toLowerCase()), new Document("name", "丙")))
                .append("legalRepresentativeIdNumber", "").append("version", 3L).append("scopes", List.of("qy-amr"));

        EntitySnapshotRow row = decoded(stored);

        assertThat(row).isEqualTo(formerMapping(stored));
        assertThat(row.partyKeys()).containsExactlyInAnyOrder(P.partyKey(HOLDER_ID), P.partyKey(HOLDER_USCC));
        assertThat(row.industry()).isNull();
        assertThat(row.abnormalList()).isFalse();
    }

    @Test
    void theKeysStoredAtEveryWriteAreTheKeysComputedFromTheIdentifiersAndAreTheOnesRead() {
        RegulatedEntity entity = RegulatedEntity.register(withParties(HOLDER_USCC), P, Instant.EPOCH);
        Document stored = StoredPartyKeys.put(EntityDocuments.toDocument(entity), entity, P);
        assertThat(stored.getList(StoredPartyKeys.KEYS, String.class)).isEqualTo(formerMapping(stored).partyKeys());
        assertThat(stored.getString(StoredPartyKeys.OF)).isEqualTo(P.keyId() + "/1");

        EntitySnapshotRow row = decoded(stored);

        assertThat(row).isEqualTo(formerMapping(stored));
        String[] stand = {"0".repeat(64), "1".repeat(64)};
        stored.put(StoredPartyKeys.KEYS, List.of(stand));
        assertThat(decoded(stored).partyKeys()).as("the stored keys are read, not computed again")
                .containsExactly(stand);
    }

    @Test
    void storedKeysOfAnotherSecretOrAnotherVersionAreComputedAgainFromTheIdentifiers() {
        RegulatedEntity first = RegulatedEntity.register(withParties(HOLDER_USCC), P, Instant.EPOCH);
        Document stale = StoredPartyKeys.put(EntityDocuments.toDocument(first), first, P);
        List<String> firstKeys = stale.getList(StoredPartyKeys.KEYS, String.class);
        // a writer that does not store keys revised the holders: the version moved on, the stored keys did not
        RegulatedEntity revised = first.revise(withParties(Uscc.complete("91130634MA0C00007")), Instant.EPOCH);
        Document changed = EntityDocuments.toDocument(revised).append(StoredPartyKeys.KEYS, firstKeys)
                .append(StoredPartyKeys.OF, stale.getString(StoredPartyKeys.OF));

        assertThat(decoded(changed)).isEqualTo(formerMapping(changed));
        assertThat(decoded(changed).partyKeys()).isNotEqualTo(firstKeys)
                .contains(P.partyKey(Uscc.complete("91130634MA0C00007")));
        Pseudonyms other = new Pseudonyms("another-secret-0123456789abcdef");
        Document otherSecret = StoredPartyKeys.put(EntityDocuments.toDocument(first), first, other);
        assertThat(other.keyId()).isNotEqualTo(P.keyId()).hasSize(16);
        assertThat(decoded(otherSecret)).isEqualTo(formerMapping(otherSecret));
        assertThat(decoded(otherSecret).partyKeys()).isEqualTo(firstKeys);
    }

    private static EntityDetails withParties(String holderUscc) {
        return new EntityDetails("恒达石材", Uscc.complete("91130634MA0B00008"), null, null, "王建国", null, "130634",
                "C30", ObjectType.ENTERPRISE, EntityStatus.OPERATING, CreditClass.B, List.of(), false, false, List.of(),
                List.of("qy-amr"), null, LEGAL_REP_ID, List.of(new Holder("恒达投资", holderUscc, null)));
    }

    private EntitySnapshotRow decoded(Document stored) {
        RawBsonDocument bson = new RawBsonDocument(stored, new DocumentCodec());
        try (BsonBinaryReader reader = new BsonBinaryReader(bson.getByteBuffer().asNIO())) {
            return codec.decode(reader, DecoderContext.builder().build());
        }
    }

    /** The mapping the snapshot used before the codec: fields read from the {@link Document}. */
    private static EntitySnapshotRow formerMapping(Document d) {
        List<String> holders = new ArrayList<>();
        for (Holder h : EntityDocuments.holders(d)) {
            holders.add(h.uscc() != null ? h.uscc() : h.idNumber());
        }
        return new EntitySnapshotRow(d.getString("_id"), d.getString("objectType"), d.getString("regionCode"),
                d.getString("industry"), d.getString("creditClass"), d.getString("status"),
                BsonValues.strings(d, "tags"), Boolean.TRUE.equals(d.getBoolean("abnormalList")),
                Boolean.TRUE.equals(d.getBoolean("seriousDishonesty")), d.getString("uscc"),
                d.getString("legalRepresentative"), EntitySnapshotRow.partyKeysOf(P, d.getString("uscc"),
                        d.getString("idNumber"), d.getString("legalRepresentativeIdNumber"), holders));
    }
}
