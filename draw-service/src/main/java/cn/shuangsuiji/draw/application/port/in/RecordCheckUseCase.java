package cn.shuangsuiji.draw.application.port.in;

import cn.shuangsuiji.contracts.inspection.InspectionResultCorrected;
import cn.shuangsuiji.contracts.inspection.InspectionResultRecorded;

/** 记录已检查 — keeps which department checked which items of which entity when, for repeat-check screening. */
public interface RecordCheckUseCase {

    void resultRecorded(InspectionResultRecorded event);

    void resultCorrected(InspectionResultCorrected event);
}
