package cn.shuangsuiji.registry.domain.item;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import java.util.HashSet;
import java.util.List;

/**
 * 随机抽查工作指引 — the working guideline of an inspection item (一单两库一指引, S3 一(一)): how the check is done,
 * in text, with attachments (forms, checklists). It belongs to an item version's content, so it is versioned
 * with the item and published with it; a published version's guideline never changes (a change is a new
 * version).
 *
 * @param text        the guideline (at most 10000 characters)
 * @param attachments its attachments, by name and location (at most 20, names unique)
 */
public record WorkingGuideline(String text, List<Attachment> attachments) {

    public WorkingGuideline {
        if (text == null || text.isBlank() || text.length() > 10000) {
            throw ItemContent.invalid("guideline.text", "ITEM_GUIDELINE_INVALID", "工作指引正文不能为空且不超过 10000 字");
        }
        text = text.strip();
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if (attachments.size() > 20) {
            throw ItemContent.invalid("guideline.attachments", "ITEM_GUIDELINE_INVALID", "工作指引附件不超过 20 个");
        }
        if (new HashSet<>(attachments.stream().map(Attachment::name).toList()).size() != attachments.size()) {
            throw ItemContent.invalid("guideline.attachments", "ITEM_GUIDELINE_INVALID", "工作指引附件名称不能重复");
        }
    }

    /**
     * 附件 — a file of the guideline.
     *
     * @param name   its name, e.g. 检查表.docx
     * @param uri    where it is kept (platform file store or an official URL)
     * @param sha256 hex SHA-256 of the file, so the published version pins its exact content; may be null
     */
    public record Attachment(String name, String uri, String sha256) {

        public Attachment {
            if (name == null || name.isBlank() || name.length() > 200 || uri == null || uri.isBlank()
                    || uri.length() > 1000) {
                throw DomainProblem.invalid("ITEM_GUIDELINE_INVALID", "附件须有名称（不超过 200 字）和地址（不超过 1000 字）",
                        List.of(new FieldProblem("guideline.attachments", "ITEM_GUIDELINE_INVALID", "附件名称或地址无效")));
            }
            if (sha256 != null && !sha256.matches("[0-9a-fA-F]{64}")) {
                throw DomainProblem.invalid("ITEM_GUIDELINE_INVALID", "附件校验值应为 64 位十六进制 SHA-256",
                        List.of(new FieldProblem("guideline.attachments", "ITEM_GUIDELINE_INVALID", "附件校验值无效")));
            }
            name = name.strip();
            sha256 = sha256 == null ? null : sha256.toLowerCase(java.util.Locale.ROOT);
        }
    }
}
