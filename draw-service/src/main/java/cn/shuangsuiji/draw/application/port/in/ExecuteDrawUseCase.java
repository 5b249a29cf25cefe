package cn.shuangsuiji.draw.application.port.in;

/** 执行抽取 — draws with the committed beacon round's signature once every other input is logged. */
public interface ExecuteDrawUseCase {

    DrawView execute(DrawCommands.Execute command);
}
