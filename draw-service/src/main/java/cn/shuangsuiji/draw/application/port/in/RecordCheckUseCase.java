package cn.shuangsuiji.draw.application.port.in;

import cn.shuangsuiji.contracts.IntegrationEvent;
import java.util.List;

/** 记录已检查 — keeps which department checked which items of which entity when, for repeat-check screening. */
public interface RecordCheckUseCase {

    /**
     * The results ({@code InspectionResultRecorded}) and corrections ({@code InspectionResultCorrected}) among
     * {@code events} (a consumed chunk, in order; other types ignored): each kept unless a check of its key with an
     * equal or higher version is kept already, in one read and one write.
     */
    void resultsApplied(List<IntegrationEvent> events);
}
