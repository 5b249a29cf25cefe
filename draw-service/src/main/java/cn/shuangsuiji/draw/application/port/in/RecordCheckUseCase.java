package cn.shuangsuiji.draw.application.port.in;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.inspection.InspectionResultCorrected;
import cn.shuangsuiji.contracts.inspection.InspectionResultRecorded;
import java.util.List;

/** 记录已检查 — keeps which department checked which items of which entity when, for repeat-check screening. */
public interface RecordCheckUseCase {

    void resultRecorded(InspectionResultRecorded event);

    void resultCorrected(InspectionResultCorrected event);

    /**
     * The results and corrections among {@code events} (a consumed chunk, in order; other types ignored), kept as
     * {@link #resultRecorded} and {@link #resultCorrected} would one by one, in one read and one write.
     */
    void resultsApplied(List<IntegrationEvent> events);
}
