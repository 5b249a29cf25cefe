package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.domain.history.HistoryEntry;
import cn.shuangsuiji.registry.domain.inspector.Inspector;
import cn.shuangsuiji.registry.domain.inspector.RelationWarning;
import cn.shuangsuiji.registry.domain.inspector.InspectorDetails;
import cn.shuangsuiji.registry.domain.inspector.InspectorId;
import cn.shuangsuiji.registry.domain.inspector.InspectorPersonalField;
import java.util.List;

/** 执法检查人员名录库 — register, revise and query inspectors. */
public interface InspectorUseCases {

    /** Registers an inspector; a certificate number already registered is a conflict ({@code INSPECTOR_EXISTS}). */
    Inspector register(InspectorDetails details, Actor actor);

    /** Replaces an inspector's facts if the version is still {@code expectedVersion} (else 412). */
    /** Clears one personal field (explicit and audited). */
    Inspector clearPersonal(InspectorId id, long expectedVersion, InspectorPersonalField field, Actor actor);

    Inspector revise(InspectorId id, long expectedVersion, InspectorDetails details, Actor actor);

    Inspector get(InspectorId id);

    /**
     * 回避提示 — warnings for the inspector's relatives declared without an ID number, matched by name against
     * legal representatives and holders (for the owning department's clerk or head only).
     */
    List<RelationWarning> relationWarnings(Inspector inspector);

    Page<Inspector> list(InspectorQuery query);

    List<HistoryEntry> history(InspectorId id);
}
