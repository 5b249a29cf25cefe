package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.entity.CreditClass;
import cn.shuangsuiji.registry.domain.entity.EntityDetails;
import cn.shuangsuiji.registry.domain.entity.EntityStatus;
import cn.shuangsuiji.registry.domain.entity.Holder;
import cn.shuangsuiji.registry.domain.entity.Licence;
import cn.shuangsuiji.registry.domain.entity.ObjectType;
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
