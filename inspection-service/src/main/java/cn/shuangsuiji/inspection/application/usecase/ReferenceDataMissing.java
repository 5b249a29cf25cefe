package cn.shuangsuiji.inspection.application.usecase;

/**
 * An event refers to reference data (a plan, an item version) not received yet; the consumer retries the event
 * and, after its retries, sends it to the dead-letter topic.
 */
public class ReferenceDataMissing extends IllegalStateException {

    public ReferenceDataMissing(String message) {
        super(message);
    }
}
