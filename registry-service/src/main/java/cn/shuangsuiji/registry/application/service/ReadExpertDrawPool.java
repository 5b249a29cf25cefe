package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.registry.application.port.in.ExpertDrawPoolQuery;
import cn.shuangsuiji.registry.application.port.in.ExpertQuery;
import cn.shuangsuiji.registry.application.port.out.ExpertRepository;
import cn.shuangsuiji.registry.domain.expert.DeclaredRelation;
import cn.shuangsuiji.registry.domain.expert.Expert;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import cn.shuangsuiji.registry.domain.privacy.Pseudonyms;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Reads a department's expert library for a draw: every expert with its fields and the party keys of its declared
 * relations (回避, S0 16), computed like an inspector's relation keys in a snapshot. Service accounts only.
 */
@Service
class ReadExpertDrawPool implements ExpertDrawPoolQuery {

    private static final int PAGE = 500;

    private final ExpertRepository experts;
    private final Pseudonyms pseudonyms;

    ReadExpertDrawPool(ExpertRepository experts, Pseudonyms pseudonyms) {
        this.experts = experts;
        this.pseudonyms = pseudonyms;
    }

    @Override
    public List<Entry> drawPool(DepartmentId department, Actor actor) {
        actor.require(Role.SERVICE);
        List<Entry> pool = new ArrayList<>();
        Optional<cn.shuangsuiji.registry.domain.expert.ExpertId> after = Optional.empty();
        while (true) {
            List<Expert> page = experts.page(new ExpertQuery(Optional.of(department), Optional.empty(),
                    Optional.empty(), after, PAGE));
            page.forEach(e -> pool.add(entry(e)));
            if (page.size() < PAGE) {
                return pool;
            }
            after = Optional.of(page.get(page.size() - 1).id());
        }
    }

    private Entry entry(Expert e) {
        List<String> identifiers = new ArrayList<>();
        for (DeclaredRelation r : e.relations()) {
            r.idNumber().ifPresent(identifiers::add);
            r.uscc().ifPresent(identifiers::add);
        }
        return new Entry(e.id().value(), e.department().value(), true, e.specialties(),
                pseudonyms.partyKeys(identifiers));
    }
}
