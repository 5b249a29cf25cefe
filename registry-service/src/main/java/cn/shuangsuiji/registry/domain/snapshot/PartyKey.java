package cn.shuangsuiji.registry.domain.snapshot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Objects;
import java.util.TreeSet;

/**
 * 回避关联键 — lower-case hex SHA-256 of the UTF-8 bytes of an ID number or USCC (as stored: trimmed,
 * upper-case). Inspectors' relation keys and entities' party keys use this one function, so a draw can match a
 * declared relation with an entity's USCC, ID number, legal representative or holder without seeing the number
 * (S0 16, S0 25).
 */
public final class PartyKey {

    private PartyKey() {
    }

    public static String of(String identifier) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(identifier.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The keys sorted, without duplicates. */
    public static java.util.List<String> sortedDistinct(Collection<String> keys) {
        return keys.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** Sorted distinct keys of the non-blank identifiers. */
    public static java.util.List<String> sortedKeys(Collection<String> identifiers) {
        TreeSet<String> keys = new TreeSet<>();
        identifiers.stream().filter(Objects::nonNull).filter(s -> !s.isBlank()).forEach(s -> keys.add(of(s)));
        return java.util.List.copyOf(keys);
    }
}
