package cn.shuangsuiji.planning.domain.plan;

/** 层级 — the administrative level that carries out a task. */
public enum AdministrativeLevel {
    PROVINCE, CITY, COUNTY
}
