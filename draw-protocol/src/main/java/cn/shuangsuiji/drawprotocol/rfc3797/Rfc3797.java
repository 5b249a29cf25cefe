package cn.shuangsuiji.drawprotocol.rfc3797;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * RFC 3797 (IETF NomCom) publicly verifiable selection, bit for bit: the key string from numeric
 * sources (each source's numbers sorted ascending, each written in decimal followed by '.', each source
 * ended by '/'), then for pick i = 0, 1, …: MD5(i as 2 bytes big-endian ‖ key string ‖ i as 2 bytes
 * big-endian) read as an unsigned big-endian integer, modulo the number of members not yet picked
 * (N − i); the remainder r selects the (r+1)-th remaining member in original list order. Kept for
 * comparison and for jurisdictions that name RFC 3797; ssj-draw-v1 does not depend on list positions.
 */
public final class Rfc3797 {

    /** The pool of the worked example in RFC 3797 section 6 (25 volunteers), for tests and documentation. */
    public static final List<String> RFC_EXAMPLE_POOL = List.of("John", "Mary", "Bashful", "Dopey", "Sleepy", "Grouchy",
            "Doc", "Sneazy", "Handsome", "Cassandra", "Pollyanna", "Pendragon", "Pandora", "Faith", "Hope", "Charity",
            "Lee", "Longsuffering", "Chastity", "Smith", "Pride", "Sloth", "Envy", "Anger", "Kasczynski");

    private Rfc3797() {
    }

    /**
     * One pick.
     *
     * @param index     i, 0-based
     * @param md5Hex    the MD5 digest, uppercase hex as the RFC prints it
     * @param divisor   N − i
     * @param remainder digest mod divisor
     * @param position  1-based position of the picked member in the original list
     */
    public record Pick(int index, String md5Hex, int divisor, int remainder, int position) {
    }

    /** The key string of the sources, in the order given; numbers must be non-negative. */
    public static String keyString(List<List<BigInteger>> sources) {
        StringBuilder sb = new StringBuilder();
        for (List<BigInteger> source : sources) {
            if (source.isEmpty()) {
                throw new IllegalArgumentException("a source has at least one number");
            }
            List<BigInteger> sorted = new ArrayList<>(source);
            for (BigInteger b : sorted) {
                if (b.signum() < 0) {
                    throw new IllegalArgumentException("RFC 3797 numbers are non-negative: " + b);
                }
            }
            sorted.sort(null);
            for (BigInteger b : sorted) {
                sb.append(b.toString()).append('.');
            }
            sb.append('/');
        }
        return sb.toString();
    }

    /** Parses one source line: numbers separated by whitespace (leading zeros are dropped: "05" is 5). */
    public static List<BigInteger> parseSource(String line) {
        List<BigInteger> numbers = new ArrayList<>();
        for (String tok : line.trim().split("\\s+")) {
            if (!tok.matches("[0-9]+")) {
                throw new IllegalArgumentException("not a non-negative decimal number: " + tok);
            }
            numbers.add(new BigInteger(tok));
        }
        return numbers;
    }

    /** Parses a sources file: one source per line, lines starting with '#' and blank lines ignored. */
    public static List<List<BigInteger>> parseSources(List<String> lines) {
        List<List<BigInteger>> sources = new ArrayList<>();
        for (String line : lines) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                sources.add(parseSource(t));
            }
        }
        return sources;
    }

    /** Selects {@code count} of {@code poolSize} members (count ≤ poolSize ≤ 65536). */
    public static List<Pick> select(int poolSize, String keyString, int count) {
        if (poolSize < 1 || poolSize > 65536 || count < 0 || count > poolSize) {
            throw new IllegalArgumentException("need 0 ≤ count ≤ pool size ≤ 65536");
        }
        byte[] key = keyString.getBytes(StandardCharsets.US_ASCII);
        boolean[] picked = new boolean[poolSize];
        List<Pick> picks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] digest = md5(i, key);
            int divisor = poolSize - i;
            int r = new BigInteger(1, digest).mod(BigInteger.valueOf(divisor)).intValueExact();
            int seen = -1;
            int position = -1;
            for (int p = 0; p < poolSize; p++) {
                if (!picked[p] && ++seen == r) {
                    position = p;
                    break;
                }
            }
            picked[position] = true;
            picks.add(new Pick(i, HexFormat.of().withUpperCase().formatHex(digest), divisor, r, position + 1));
        }
        return picks;
    }

    private static byte[] md5(int i, byte[] key) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            byte[] prefix = {(byte) (i >>> 8), (byte) i};
            md.update(prefix);
            md.update(key);
            md.update(prefix);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }
}
