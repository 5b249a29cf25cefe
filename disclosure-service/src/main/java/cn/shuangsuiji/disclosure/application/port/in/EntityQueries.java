package cn.shuangsuiji.disclosure.application.port.in;

import cn.shuangsuiji.disclosure.domain.PublicEntity;

/** 市场主体查询 — by 统一社会信用代码 (exact) or by name (prefix or contains). */
public interface EntityQueries {

    /** Listable entities matching the query, keyset-paged by entity id. */
    Page<PublicEntity> entities(String uscc, String name, boolean contains, String cursor, int limit);

    /** One listable entity by its credit code; 404 when unknown. */
    PublicEntity byUscc(String uscc);
}
