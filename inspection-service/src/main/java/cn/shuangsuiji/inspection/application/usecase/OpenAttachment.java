package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.application.port.out.AttachmentStore;
import cn.shuangsuiji.inspection.domain.record.AttachmentRef;
import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.security.Actor;
import java.util.List;
import org.springframework.stereotype.Service;

/** 下载检查材料 — an attachment's description and content, for the record's readers; also the archive's list. */
@Service
public class OpenAttachment {

    private final ViewRecord view;
    private final AttachmentStore store;

    OpenAttachment(ViewRecord view, AttachmentStore store) {
        this.view = view;
        this.store = store;
    }

    public Opened execute(InspectionId id, String attachmentId, Actor actor) {
        InspectionRecord record = view.execute(id, actor);
        AttachmentRef ref = record.attachments().stream().filter(a -> a.attachmentId().equals(attachmentId))
                .findFirst().orElseThrow(() -> DomainProblem.notFound("ATTACHMENT_NOT_FOUND", "检查材料", attachmentId));
        return new Opened(ref, content(ref));
    }

    /** The record and every attachment, for the archive (立卷归档). */
    public Archive archive(InspectionId id, Actor actor) {
        InspectionRecord record = view.execute(id, actor);
        return new Archive(record, record.attachments().stream().map(a -> new Opened(a, content(a))).toList());
    }

    private AttachmentStore.Content content(AttachmentRef ref) {
        return store.open(ref.attachmentId()).orElseThrow(() ->
                DomainProblem.notFound("ATTACHMENT_CONTENT_MISSING", "材料内容", ref.attachmentId()));
    }

    /** An attachment and its content. */
    public record Opened(AttachmentRef ref, AttachmentStore.Content content) {
    }

    /** A record with its attachments. */
    public record Archive(InspectionRecord record, List<Opened> attachments) {
    }
}
