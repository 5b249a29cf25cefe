package cn.shuangsuiji.registry.domain.privacy;

/** The pseudonyms of the tests' privacy secret (the same as src/test/resources/application.properties). */
public final class TestPseudonyms {

    /** The test secret; tests never hold real personal data. */
    public static final String SECRET = "ssj-test-privacy-secret-0123456789";

    public static final Pseudonyms PSEUDONYMS = new Pseudonyms(SECRET);

    private TestPseudonyms() {
    }
}
