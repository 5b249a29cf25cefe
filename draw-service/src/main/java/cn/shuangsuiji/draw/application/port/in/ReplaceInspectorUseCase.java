package cn.shuangsuiji.draw.application.port.in;

/** 更换执法人员 — replaces an inspector of a drawn team with approval (S1 16; S2 19, 21). */
public interface ReplaceInspectorUseCase {

    DrawView replace(DrawCommands.Replace command);
}
