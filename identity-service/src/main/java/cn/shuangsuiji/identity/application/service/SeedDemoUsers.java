package cn.shuangsuiji.identity.application.service;

import cn.shuangsuiji.identity.application.port.out.PasswordHasher;
import cn.shuangsuiji.identity.application.port.out.UserStore;
import cn.shuangsuiji.identity.domain.Password;
import cn.shuangsuiji.identity.domain.Role;
import cn.shuangsuiji.identity.domain.UserAccount;
import cn.shuangsuiji.identity.domain.UserProfile;
import cn.shuangsuiji.identity.domain.Username;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 演示用户 — for local runs only: one user per role in each demo department, the joint office of 曲阳 and a
 * platform admin, all with the password {@value #DEMO_PASSWORD}. Existing users are left as they are.
 */
public class SeedDemoUsers {

    /** The password of every demo user — local use only; production refuses to start with demo users. */
    public static final String DEMO_PASSWORD = "ssj-demo-2026";

    /** The demo departments (the registry's demo data). */
    public static final List<String> DEMO_DEPARTMENTS =
            List.of("bd-amr", "qy-amr", "qy-psb", "qy-eco", "qy-cult", "qy-emg");

    private static final Logger log = LoggerFactory.getLogger(SeedDemoUsers.class);

    private final UserStore users;
    private final PasswordHasher hasher;

    public SeedDemoUsers(UserStore users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
    }

    /** Inserts the demo users that do not exist yet; returns how many were inserted. */
    public int seed() {
        String hash = hasher.hash(new Password(DEMO_PASSWORD));
        int inserted = 0;
        for (UserAccount account : demoAccounts(hash)) {
            if (users.insertIfAbsent(account)) {
                inserted++;
            }
        }
        log.info("Demo users: {} inserted (password '{}', local use only)", inserted, DEMO_PASSWORD);
        return inserted;
    }

    /** The demo accounts, all with the given password hash. */
    public static List<UserAccount> demoAccounts(String passwordHash) {
        List<UserAccount> accounts = new ArrayList<>();
        for (String department : DEMO_DEPARTMENTS) {
            String upper = department.toUpperCase(Locale.ROOT);
            accounts.add(demo(department + "-clerk", upper + " 名录管理员", Role.REGISTRY_CLERK, department, null, null, passwordHash));
            accounts.add(demo(department + "-planner", upper + " 计划编制", Role.PLANNER, department, null, null, passwordHash));
            accounts.add(demo(department + "-head", upper + " 负责人", Role.DEPARTMENT_HEAD, department, null, null, passwordHash));
            accounts.add(demo(department + "-operator", upper + " 抽取操作员", Role.DRAW_OPERATOR, department, null, null, passwordHash));
            accounts.add(demo(department + "-witness", upper + " 见证人", Role.WITNESS, department, null, null, passwordHash));
            accounts.add(demo(department + "-inspector", upper + " 执法检查人员", Role.INSPECTOR, department, null,
                    demoInspectorId(department), passwordHash));
        }
        accounts.add(demo("qy-joint", "曲阳县联席办", Role.JOINT_OFFICE, "qy-joint", "130634", null, passwordHash));
        accounts.add(demo("admin", "平台管理员", Role.PLATFORM_ADMIN, null, null, null, passwordHash));
        return accounts;
    }

    /**
     * The inspector registry id of a demo department's first inspector: {@code "ins-"} + the first 12 hex digits of
     * SHA-256 over the UTF-8 of {@code "冀执-" + DEPARTMENT + "-001"} (the registry demo's certificate number).
     */
    public static String demoInspectorId(String department) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    ("冀执-" + department.toUpperCase(Locale.ROOT) + "-001").getBytes(StandardCharsets.UTF_8));
            return "ins-" + HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }

    private static UserAccount demo(String username, String name, Role role, String department, String jurisdiction,
                                    String inspectorId, String hash) {
        return UserAccount.create(new Username(username), hash,
                new UserProfile(name, Set.of(role), department, jurisdiction, inspectorId));
    }
}
