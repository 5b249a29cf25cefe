package cn.shuangsuiji.draw.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the draw API (Bean Validation with Chinese messages). */
public final class DrawRequests {

    private DrawRequests() {
    }

    /**
     * 承诺抽取 — commit a draw of a plan task.
     *
     * @param planId               the approved plan
     * @param taskId               its task
     * @param beaconNetwork        {@code drand-quicknet} (default) or {@code ssj-demo} (DEMO beacon, only when enabled)
     * @param beaconRound          a future beacon round
     * @param targetSnapshotIds    confirmed entity snapshots
     * @param inspectorSnapshotIds confirmed inspector snapshots (one per participating department, or covering them)
     * @param sources              other named future public sources
     * @param witnessCommitments   witnesses' hash commitments (hex SHA-256 of their secrets)
     */
    public record Commit(
            @NotBlank(message = "计划编号不能为空") String planId,
            @NotBlank(message = "任务编号不能为空") String taskId,
            String beaconNetwork,
            @Min(value = 1, message = "信标轮次必须为正整数") long beaconRound,
            @NotEmpty(message = "至少需要一个检查对象快照") List<@NotBlank(message = "快照编号不能为空") String> targetSnapshotIds,
            List<@NotBlank(message = "快照编号不能为空") String> inspectorSnapshotIds,
            List<@Valid Source> sources,
            List<@Valid WitnessCommitment> witnessCommitments) {
    }

    /** format: the value's canonical format, INTEGER_LIST (default) or INTEGER_LIST:n (exactly n integers). */
    public record Source(@NotBlank(message = "随机源名称不能为空") String name,
                         @NotBlank(message = "随机源说明不能为空") String description,
                         @Pattern(regexp = "INTEGER_LIST(:[1-9][0-9]{0,3})?",
                                 message = "随机源数值格式应为 INTEGER_LIST 或 INTEGER_LIST:n") String format) {
    }

    /** 录入随机源数值 — e.g. {@code {"source": "福彩3D 2026040", "value": "3 1 4"}}. */
    public record SourceValue(@NotBlank(message = "随机源名称不能为空") String source,
                              @NotBlank(message = "随机源数值不能为空") String value) {
    }

    public record WitnessCommitment(
            @NotBlank(message = "见证人不能为空") String witness,
            @NotBlank(message = "承诺哈希不能为空")
            @Pattern(regexp = "[0-9a-fA-F]{64}", message = "承诺哈希应为 64 位十六进制 SHA-256") String commitment) {
    }

    /** 执行抽取 — the beacon round's signature, the source values and the witnesses' reveals, in committed order. */
    public record Execute(
            Long round,
            @NotBlank(message = "信标签名不能为空")
            @Pattern(regexp = "[0-9a-fA-F]{96}", message = "信标签名应为 96 位十六进制（48 字节 G1 点）") String signature,
            List<String> sourceValues,
            List<String> witnessReveals) {
    }

    /** 见证人公开秘密 — before the beacon round; the witness is the caller (token subject), never a body field. */
    public record Reveal(@NotBlank(message = "秘密不能为空") @Size(max = 1024, message = "秘密不超过 1024 字节") String reveal) {
    }

    public record Abandon(@NotBlank(message = "作废原因不能为空") @Size(max = 500, message = "原因不超过 500 字") String reason) {
    }

    /**
     * 抽取递补 — submitted by the initiating department's head, who is the approver (the caller).
     *
     * @param reason   DEREGISTERED, NOT_FOUND_AT_ADDRESS, CONFLICT_DISCOVERED or DUPLICATE_INSPECTION
     * @param evidence the evidence on file (document number, verification record), never personal data
     */
    public record Substitute(@NotBlank(message = "被递补对象不能为空") String targetId,
                             @NotBlank(message = "递补原因不能为空") String reason,
                             @NotBlank(message = "递补须附证明材料") @Size(max = 500, message = "证明材料说明不超过 500 字")
                             String evidence) {
    }

    /**
     * 人员调整; replacementInspectorId (optional) = the inspector the approver names (审批指定). The approver is the
     * caller (a department head).
     */
    public record Replace(@NotBlank(message = "检查对象不能为空") String targetId,
                          @NotBlank(message = "被更换人员不能为空") String inspectorId,
                          @NotBlank(message = "更换原因不能为空") String reason,
                          String replacementInspectorId) {
    }

    public record Witness(@NotBlank(message = "见证人姓名不能为空") String name,
                          @NotBlank(message = "见证人身份不能为空") String role,
                          String organisation) {
    }

    /** 结果确认 — DRAWER (operator), SUPERVISOR (head) or WITNESS; the confirming person is the caller. */
    public record Confirm(@NotBlank(message = "确认身份不能为空")
                          @Pattern(regexp = "DRAWER|SUPERVISOR|WITNESS", message = "确认身份应为 DRAWER、SUPERVISOR 或 WITNESS")
                          String role) {
    }

    public record Dispatch(@NotEmpty(message = "下派部门不能为空") List<@NotBlank(message = "部门不能为空") String> departmentIds,
                           String note) {
    }
}
