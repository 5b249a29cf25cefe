package cn.shuangsuiji.disclosure.application.service;

import cn.shuangsuiji.disclosure.application.port.in.Cursor;
import cn.shuangsuiji.disclosure.application.port.in.EntityQueries;
import cn.shuangsuiji.disclosure.application.port.in.Page;
import cn.shuangsuiji.disclosure.application.port.in.QueryInput;
import cn.shuangsuiji.disclosure.application.port.out.EntityDirectory;
import cn.shuangsuiji.disclosure.domain.PublicEntity;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.util.List;
import org.springframework.stereotype.Service;

/** 市场主体查询 — listable entities (with a credit code) by credit code or name; a query needs one of them. */
@Service
class EntityLookup implements EntityQueries {

    private final EntityDirectory entities;

    EntityLookup(EntityDirectory entities) {
        this.entities = entities;
    }

    @Override
    public Page<PublicEntity> entities(String uscc, String name, boolean contains, String cursor, int limit) {
        String code = QueryInput.uscc(uscc);
        String text = QueryInput.text("name", name);
        if (code == null && text == null) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "QUERY_REQUIRED", "缺少查询条件",
                    "请按统一社会信用代码或名称查询",
                    List.of(new FieldProblem("name", "QUERY_REQUIRED", "请按统一社会信用代码或名称查询")));
        }
        return Cursor.page(entities.search(code, text, contains, Cursor.key(cursor), limit), limit,
                PublicEntity::entityId);
    }

    @Override
    public PublicEntity byUscc(String uscc) {
        String code = QueryInput.uscc(uscc);
        return entities.search(code, null, false, null, 1).stream().findFirst()
                .orElseThrow(() -> DomainProblem.notFound("ENTITY_NOT_FOUND", "市场主体", uscc));
    }
}
