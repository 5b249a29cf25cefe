package cn.shuangsuiji.registry.adapter.out.persistence;

import cn.shuangsuiji.registry.domain.entity.Holder;
import cn.shuangsuiji.registry.domain.privacy.Pseudonyms;
import cn.shuangsuiji.registry.domain.snapshot.EntitySnapshotRow;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.Document;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * 快照记录解码 — reads an entity document's snapshot fields straight from the BSON a cursor returns into an
 * {@link EntitySnapshotRow}, party keys included, without a {@link Document} (a map of boxed values) per entity: a
 * confirmation decodes every drawable entity of its scope. Reads exactly what the document mapping
 * ({@link EntityDocuments}) wrote: absent optional strings are null, absent flags false, absent lists empty. The party
 * keys are the ones stored with the entity when their marker names the current secret and the document's version
 * ({@link StoredPartyKeys}); otherwise they are computed from the identifiers (a holder's identifier is its USCC,
 * else its ID number, normalised as {@link Holder} does). Decode only.
 */
final class EntitySnapshotRowCodec implements Codec<EntitySnapshotRow> {

    /** The fields a snapshot row needs (the cursor's projection). */
    static final Document PROJECTION = new Document("objectType", 1).append("regionCode", 1).append("industry", 1)
            .append("creditClass", 1).append("status", 1).append("tags", 1).append("abnormalList", 1)
            .append("seriousDishonesty", 1).append("uscc", 1).append("legalRepresentative", 1)
            .append("idNumber", 1).append("legalRepresentativeIdNumber", 1).append("holders.uscc", 1)
            .append("holders.idNumber", 1).append("version", 1).append(StoredPartyKeys.KEYS, 1)
            .append(StoredPartyKeys.OF, 1);

    private final Pseudonyms pseudonyms;

    EntitySnapshotRowCodec(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    @Override
    public EntitySnapshotRow decode(BsonReader reader, DecoderContext context) {
        String id = null;
        String objectType = null;
        String regionCode = null;
        String industry = null;
        String creditClass = null;
        String status = null;
        String uscc = null;
        String legalRepresentative = null;
        String idNumber = null;
        String legalRepresentativeIdNumber = null;
        List<String> tags = List.of();
        List<String> holders = List.of();
        boolean abnormalList = false;
        boolean seriousDishonesty = false;
        long version = 0;
        List<String> storedKeys = List.of();
        String storedKeysOf = null;
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            switch (reader.readName()) {
                case "_id" -> id = string(reader);
                case "objectType" -> objectType = string(reader);
                case "regionCode" -> regionCode = string(reader);
                case "industry" -> industry = string(reader);
                case "creditClass" -> creditClass = string(reader);
                case "status" -> status = string(reader);
                case "uscc" -> uscc = string(reader);
                case "legalRepresentative" -> legalRepresentative = string(reader);
                case "idNumber" -> idNumber = string(reader);
                case "legalRepresentativeIdNumber" -> legalRepresentativeIdNumber = string(reader);
                case "tags" -> tags = strings(reader);
                case "holders" -> holders = holderIdentifiers(reader);
                case "abnormalList" -> abnormalList = flag(reader);
                case "seriousDishonesty" -> seriousDishonesty = flag(reader);
                case "version" -> version = number(reader);
                case StoredPartyKeys.KEYS -> storedKeys = strings(reader);
                case StoredPartyKeys.OF -> storedKeysOf = string(reader);
                default -> reader.skipValue();
            }
        }
        reader.readEndDocument();
        List<String> partyKeys = StoredPartyKeys.marker(pseudonyms, version).equals(storedKeysOf) ? storedKeys
                : EntitySnapshotRow.partyKeysOf(pseudonyms, uscc, idNumber, legalRepresentativeIdNumber, holders);
        return new EntitySnapshotRow(id, objectType, regionCode, industry, creditClass, status, tags, abnormalList,
                seriousDishonesty, uscc, legalRepresentative, partyKeys);
    }

    private static long number(BsonReader reader) {
        return switch (reader.getCurrentBsonType()) {
            case INT32 -> reader.readInt32();
            case INT64 -> reader.readInt64();
            case DOUBLE -> (long) reader.readDouble();
            case NULL -> {
                reader.readNull();
                yield 0;
            }
            default -> throw new org.bson.BsonInvalidOperationException("a number was expected, not "
                    + reader.getCurrentBsonType());
        };
    }

    private static String string(BsonReader reader) {
        if (reader.getCurrentBsonType() == BsonType.NULL) {
            reader.readNull();
            return null;
        }
        return reader.readString();
    }

    private static boolean flag(BsonReader reader) {
        if (reader.getCurrentBsonType() == BsonType.NULL) {
            reader.readNull();
            return false;
        }
        return reader.readBoolean();
    }

    private static List<String> strings(BsonReader reader) {
        if (reader.getCurrentBsonType() == BsonType.NULL) {
            reader.readNull();
            return List.of();
        }
        List<String> values = new ArrayList<>(4);
        reader.readStartArray();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            values.add(string(reader));
        }
        reader.readEndArray();
        return values;
    }

    /** Each holder's identifier ({@link Holder#identifier()}, normalised as {@code Holder} does). */
    private static List<String> holderIdentifiers(BsonReader reader) {
        if (reader.getCurrentBsonType() == BsonType.NULL) {
            reader.readNull();
            return List.of();
        }
        List<String> identifiers = new ArrayList<>(2);
        reader.readStartArray();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String holderUscc = null;
            String holderIdNumber = null;
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                switch (reader.readName()) {
                    case "uscc" -> holderUscc = string(reader);
                    case "idNumber" -> holderIdNumber = string(reader);
                    default -> reader.skipValue();
                }
            }
            reader.readEndDocument();
            identifiers.add(new Holder(null, holderUscc, holderIdNumber).identifier());
        }
        reader.readEndArray();
        return identifiers;
    }

    @Override
    public void encode(BsonWriter writer, EntitySnapshotRow value, EncoderContext context) {
        throw new UnsupportedOperationException("snapshot rows are read, never written");
    }

    @Override
    public Class<EntitySnapshotRow> getEncoderClass() {
        return EntitySnapshotRow.class;
    }
}
