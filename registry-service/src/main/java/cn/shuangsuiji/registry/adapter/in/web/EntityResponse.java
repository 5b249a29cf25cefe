package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.entity.EntityDetails;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;
import cn.shuangsuiji.registry.domain.privacy.Masking;
import java.time.Instant;
import java.util.List;

/**
 * An entity as the API shows it. Phone, a natural person's ID number, the legal representative's ID number and
 * natural-person holders (name and ID number) are masked unless the caller is an
 * registry clerk or head of a department whose registry holds the entity ({@code personalDataMasked}).
 */
public record EntityResponse(String id, String name, String uscc, String idNumber, String registrationAuthority,
                             String legalRepresentative, String address, String regionCode, String industry,
                             String objectType, String objectTypeName, String status, String statusName,
                             String creditClass, List<EntityRequest.LicenceBody> licences, boolean abnormalList,
                             boolean seriousDishonesty, List<String> tags, List<String> supervisionScopes,
                             String phone, boolean drawable, boolean personalDataMasked, long version,
                             Instant registeredAt, Instant updatedAt, String legalRepresentativeIdNumber,
                             List<EntityRequest.HolderBody> holders) {

    /** The personal fields of an entity (for the read log). */
    static final List<String> PERSONAL_FIELDS = List.of("idNumber", "phone", "legalRepresentativeIdNumber",
            "holders");

    /**
     * The entity as shown to a caller; {@code open} only for the owning department's clerk or head, whose read is
     * logged (see {@code PersonalDataUseCases}).
     */
    static EntityResponse of(RegulatedEntity e, boolean open) {
        EntityDetails d = e.details();
        return new EntityResponse(e.id().value(), d.name(), d.uscc(),
                open ? d.idNumber() : Masking.idNumber(d.idNumber()), d.registrationAuthority(),
                d.legalRepresentative(), d.address(), d.regionCode(), d.industry(), d.objectType().name(),
                d.objectType().chineseName(), d.status().name(), d.status().chineseName(), d.creditClass().name(),
                d.licences().stream().map(l -> new EntityRequest.LicenceBody(l.number(), l.name(), l.validFrom(),
                        l.validUntil())).toList(), d.abnormalList(), d.seriousDishonesty(), d.tags(),
                d.supervisionScopes(), open ? d.phone() : Masking.phone(d.phone()), e.drawable(), !open, e.version(),
                e.registeredAt(), e.updatedAt(),
                open ? d.legalRepresentativeIdNumber() : Masking.idNumber(d.legalRepresentativeIdNumber()),
                d.holders().stream().map(h -> open || !h.naturalPerson()
                        ? new EntityRequest.HolderBody(h.name(), h.uscc(), h.idNumber())
                        : new EntityRequest.HolderBody(Masking.name(h.name()), null, Masking.idNumber(h.idNumber())))
                        .toList());
    }
}
