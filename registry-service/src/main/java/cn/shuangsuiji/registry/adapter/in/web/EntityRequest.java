package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.entity.CreditClass;
import cn.shuangsuiji.registry.domain.entity.EntityDetails;
import cn.shuangsuiji.registry.domain.entity.EntityStatus;
import cn.shuangsuiji.registry.domain.entity.Holder;
import cn.shuangsuiji.registry.domain.entity.Licence;
import cn.shuangsuiji.registry.domain.entity.ObjectType;
import cn.shuangsuiji.registry.domain.privacy.Masking;
import java.time.LocalDate;
import java.util.List;

/**
 * Request body to register or revise an entity; validated by the domain (every bad field is reported with
 * its code, e.g. {@code USCC_CHECK_CHARACTER}). Status defaults to OPERATING (存续).
 */
public record EntityRequest(String name, String uscc, String idNumber, String registrationAuthority,
                            String legalRepresentative, String address, String regionCode, String industry,
                            ObjectType objectType, EntityStatus status, CreditClass creditClass,
                            List<LicenceBody> licences, Boolean abnormalList, Boolean seriousDishonesty,
                            List<String> tags, List<String> supervisionScopes, String phone,
                            String legalRepresentativeIdNumber, List<HolderBody> holders) {

    /** 股东（出资人） in a request or response: a USCC or (natural person) an ID number. */
    public record HolderBody(String name, String uscc, String idNumber) {
    }

    /** A licence in a request or response. */
    public record LicenceBody(String number, String name, LocalDate validFrom, LocalDate validUntil) {
    }

    /**
     * This request with every personal field that is left out (null) or sent back exactly as masked for a
     * non-privileged caller replaced by the stored value: an edit never erases a phone or ID number by accident
     * (clearing one is {@code DELETE /api/registry/entities/{id}/personal/{field}}). A natural-person holder sent
     * back masked stands for the stored holder with that masked name and ID number; a holder list left out keeps
     * the stored holders.
     */
    EntityRequest keepingStoredPersonalData(EntityDetails stored) {
        String keptIdNumber = keep(idNumber, stored.idNumber(), Masking.idNumber(stored.idNumber()));
        String keptPhone = keep(phone, stored.phone(), Masking.phone(stored.phone()));
        String keptLegalId = keep(legalRepresentativeIdNumber, stored.legalRepresentativeIdNumber(),
                Masking.idNumber(stored.legalRepresentativeIdNumber()));
        List<HolderBody> keptHolders = holders == null
                ? stored.holders().stream().map(h -> new HolderBody(h.name(), h.uscc(), h.idNumber())).toList()
                : holders.stream().map(h -> h == null || h.idNumber() == null || !h.idNumber().contains("*") ? h
                        : stored.holders().stream().filter(Holder::naturalPerson)
                        .filter(s -> Masking.idNumber(s.idNumber()).equals(h.idNumber())
                                && (h.name() == null || h.name().equals(Masking.name(s.name()))
                                || h.name().equals(s.name())))
                        .findFirst().map(s -> new HolderBody(s.name(), null, s.idNumber())).orElse(h)).toList();
        return new EntityRequest(name, uscc, keptIdNumber, registrationAuthority, legalRepresentative, address,
                regionCode, industry, objectType, status, creditClass, licences, abnormalList, seriousDishonesty, tags,
                supervisionScopes, keptPhone, keptLegalId, keptHolders);
    }

    private static String keep(String sent, String stored, String masked) {
        if (sent == null || sent.isBlank()) {
            return stored;
        }
        return stored != null && sent.strip().equals(masked) ? stored : sent;
    }

    EntityDetails toDetails() {
        return new EntityDetails(name, uscc, idNumber, registrationAuthority, legalRepresentative, address,
                regionCode, industry, objectType, status == null ? EntityStatus.OPERATING : status, creditClass,
                licences == null ? List.of() : licences.stream()
                        .map(l -> new Licence(l.number(), l.name(), l.validFrom(), l.validUntil())).toList(),
                Boolean.TRUE.equals(abnormalList), Boolean.TRUE.equals(seriousDishonesty), tags, supervisionScopes,
                phone, legalRepresentativeIdNumber, holders == null ? List.of() : holders.stream()
                        .map(h -> h == null ? null : new Holder(h.name(), h.uscc(), h.idNumber())).toList());
    }
}
