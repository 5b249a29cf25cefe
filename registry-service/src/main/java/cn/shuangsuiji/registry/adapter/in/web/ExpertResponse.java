package cn.shuangsuiji.registry.adapter.in.web;

import java.time.Instant;
import java.util.List;

/**
 * An expert as the API shows it. {@code relations} is null in list views; phone and relations are masked unless
 * the caller is the registry clerk or head of the expert's department ({@code personalDataVisible}).
 */
public record ExpertResponse(String id, String name, String organisation, String departmentId,
                             List<String> specialties, List<String> tags, String phone,
                             List<Relation> relations, boolean personalDataVisible, Instant registeredAt,
                             long revision) {

    /** A declared relation. */
    public record Relation(String kind, String kindName, String personName, String idNumber, String organisationName,
                           String uscc, String note) {
    }
}
