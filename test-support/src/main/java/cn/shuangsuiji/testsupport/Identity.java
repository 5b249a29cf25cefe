package cn.shuangsuiji.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * 身份认证 — access tokens from a real identity-service for integration tests, obtained the way the apps obtain
 * them: users through the authorization-code flow with PKCE of the public client {@code ssj-web} (login form,
 * CSRF token, cookies, code from the redirect), services through client credentials.
 *
 * <p>The provider comes from {@code IT_ISSUER_URI} (environment or system property; {@code deploy/test.sh} starts
 * one on port 9186 and exports it). Tests that need it are annotated {@link RequiresIdentity}: without a provider
 * they are skipped, or fail when {@code IT_REQUIRED=true}. {@link #at(String)} points at any provider, e.g. the
 * one a test started itself.
 *
 * <p>Tokens are cached per user (or client) until a minute before they expire.
 */
public final class Identity {

    /** The public client whose flow {@link #userToken} runs. */
    public static final String WEB_CLIENT = "ssj-web";
    /** A redirect URI registered for {@code ssj-web}; the flow captures the code without following it. */
    public static final String REDIRECT_URI = "http://127.0.0.1/callback";
    /** The client whose token may use the admin API (registered only with demo mode on). */
    public static final String TEST_ADMIN_CLIENT = "ssj-test-admin";
    /** The documented local-only default secret of {@link #TEST_ADMIN_CLIENT}; {@code IT_TEST_ADMIN_SECRET} overrides it. */
    public static final String DEMO_TEST_ADMIN_SECRET = "ssj-test-admin-demo-secret";
    /** Password of the users {@link #tokenFor} creates. */
    public static final String IT_USER_PASSWORD = "it-password-2026";
    /** The default jurisdiction of a JOINT_OFFICE user made by {@link #tokenFor}. */
    public static final String DEFAULT_JURISDICTION = "130634";

    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(60);
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, Identity> PROVIDERS = new ConcurrentHashMap<>();
    private static volatile Availability cached;

    private final String issuer;
    private final Map<String, Tokens> tokens = new ConcurrentHashMap<>();
    private final Set<String> ensuredUsers = ConcurrentHashMap.newKeySet();

    private Identity(String issuer) {
        this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    /** The tokens of one response of the token endpoint. */
    public record Tokens(String accessToken, String refreshToken, String idToken, Instant expiresAt) {

        boolean fresh() {
            return Instant.now().plus(EXPIRY_MARGIN).isBefore(expiresAt);
        }
    }

    // ------------------------------------------------------------------ the provider from IT_ISSUER_URI

    /** The issuer URI of the provider integration tests use ({@code IT_ISSUER_URI}); fails if there is none. */
    public static String issuer() {
        Availability availability = availability();
        if (!availability.available()) {
            throw new IllegalStateException("No identity provider: " + availability.description());
        }
        return availability.issuer();
    }

    /** Whether integration tests must run (a missing provider is then a failure), as for {@link RealInfra}. */
    public static boolean required() {
        return RealInfra.required();
    }

    /** The provider at {@link #issuer()}. */
    public static Identity provider() {
        return at(issuer());
    }

    /** A provider at the given issuer URI (e.g. one a test started on a random port). */
    public static Identity at(String issuerUri) {
        return PROVIDERS.computeIfAbsent(issuerUri, Identity::new);
    }

    /** An access token of the user, by the authorization-code + PKCE flow of {@code ssj-web}. */
    public static String userToken(String username, String password) {
        return provider().loginAccessToken(username, password);
    }

    /** An access token of a user {@code it-<role>-<department>} with that role and department (created as needed). */
    public static String tokenFor(String role, String department) {
        return provider().accessTokenFor(role, department, null);
    }

    /** As {@link #tokenFor(String, String)}, for an INSPECTOR tied to the given inspector registry id. */
    public static String tokenFor(String role, String department, String inspectorId) {
        return provider().accessTokenFor(role, department, inspectorId);
    }

    /** An access token of a confidential client by client credentials. */
    public static String clientToken(String clientId, String secret) {
        return provider().clientAccessToken(clientId, secret);
    }

    static Availability availability() {
        Availability current = cached;
        if (current == null) {
            synchronized (Identity.class) {
                if (cached == null) {
                    cached = resolve();
                }
                current = cached;
            }
        }
        return current;
    }

    private static Availability resolve() {
        String issuer = setting("IT_ISSUER_URI");
        if (issuer == null) {
            return new Availability(false, null, "IT_ISSUER_URI not set");
        }
        try {
            HttpResponse<String> response = newClient(null).send(HttpRequest.newBuilder(
                    URI.create(at(issuer).issuer + "/.well-known/openid-configuration")).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new Availability(false, null, "discovery at " + issuer + " answered " + response.statusCode());
            }
            return new Availability(true, issuer, "IT_ISSUER_URI=" + issuer);
        } catch (IOException e) {
            return new Availability(false, null, "identity provider at " + issuer + " does not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Availability(false, null, "interrupted");
        }
    }

    // ------------------------------------------------------------------ one provider

    /** This provider's issuer URI (no trailing slash). */
    public String issuerUri() {
        return issuer;
    }

    /** An access token of the user (cached until near expiry). */
    public String loginAccessToken(String username, String password) {
        return tokens.compute("user:" + username + ":" + password,
                (key, old) -> old != null && old.fresh() ? old : login(username, password)).accessToken();
    }

    /** A user token for role and department; the user is created or replaced through the admin API first. */
    public String accessTokenFor(String role, String department, String inspectorId) {
        String r = role.toUpperCase(Locale.ROOT);
        String ins = inspectorId == null && "INSPECTOR".equals(r) ? "ins-it-" + (department == null ? "none" : department)
                : inspectorId;
        String username = ("it-" + r + (department == null ? "" : "-" + department)
                + (inspectorId == null ? "" : "-" + inspectorId)).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        if (username.length() > 64) {
            username = username.substring(0, 64);
        }
        if (ensuredUsers.add(username)) {
            try {
                putUser(username, IT_USER_PASSWORD, username, List.of(r), department,
                        "JOINT_OFFICE".equals(r) ? DEFAULT_JURISDICTION : null, ins);
            } catch (RuntimeException e) {
                ensuredUsers.remove(username);
                throw e;
            }
        }
        return loginAccessToken(username, IT_USER_PASSWORD);
    }

    /** An access token of a confidential client (cached until near expiry). */
    public String clientAccessToken(String clientId, String secret) {
        return tokens.compute("client:" + clientId + ":" + secret,
                (key, old) -> old != null && old.fresh() ? old : clientCredentials(clientId, secret, null)).accessToken();
    }

    /** A fresh client-credentials response (not cached), optionally asking for a scope. */
    public Tokens clientCredentials(String clientId, String secret, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        if (scope != null) {
            form.put("scope", scope);
        }
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(newClient(null), HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form))));
        return tokensOf(response, "client credentials of " + clientId);
    }

    /** Creates or replaces a user through the admin API with a token of {@code ssj-test-admin}. */
    public void putUser(String username, String password, String name, List<String> roles, String department,
                        String jurisdiction, String inspectorId) {
        String secret = setting("IT_TEST_ADMIN_SECRET");
        String admin = clientAccessToken(TEST_ADMIN_CLIENT, secret == null ? DEMO_TEST_ADMIN_SECRET : secret);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("password", password);
        body.put("name", name);
        body.put("roles", roles);
        body.put("department", department);
        body.put("jurisdiction", jurisdiction);
        body.put("inspectorId", inspectorId);
        HttpResponse<String> response = send(newClient(null), HttpRequest.newBuilder(
                        URI.create(issuer + "/api/identity/users/" + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("admin API refused user " + username + ": " + response.statusCode() + " "
                    + response.body());
        }
    }

    /**
     * The whole authorization-code + PKCE flow for one user, in a cookie session of its own: authorize → login
     * form (CSRF) → credentials → authorize again → code from the redirect (not followed) → token endpoint with
     * the code verifier. Fails with the step that went wrong (e.g. a refused login).
     */
    public Tokens login(String username, String password) {
        HttpClient http = newClient(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
        String verifier = randomUrlSafe(48);
        String state = randomUrlSafe(12);
        String authorize = issuer + "/oauth2/authorize?" + formBody(Map.of(
                "response_type", "code", "client_id", WEB_CLIENT, "redirect_uri", REDIRECT_URI,
                "scope", "openid profile", "state", state, "code_challenge", challenge(verifier),
                "code_challenge_method", "S256"));
        String loginPage = redirect(send(http, HttpRequest.newBuilder(URI.create(authorize)).GET()), "authorize");
        HttpResponse<String> form = send(http, HttpRequest.newBuilder(resolve(loginPage)).GET());
        Matcher input = CSRF_INPUT.matcher(form.body());
        Matcher value = input.find() ? VALUE.matcher(input.group()) : null;
        if (value == null || !value.find()) {
            throw new IllegalStateException("no CSRF token in the login form at " + loginPage);
        }
        String afterLogin = redirect(send(http, HttpRequest.newBuilder(URI.create(issuer + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(Map.of("username", username, "password", password,
                        "_csrf", value.group(1)))))), "login");
        if (afterLogin.contains("/login?error") || afterLogin.endsWith("/login")) {
            throw new LoginRefusedException("login refused for " + username);
        }
        String callback = redirect(send(http, HttpRequest.newBuilder(resolve(afterLogin)).GET()), "authorize after login");
        if (!callback.startsWith(REDIRECT_URI)) {
            throw new IllegalStateException("authorize did not redirect to " + REDIRECT_URI + ": " + callback);
        }
        Map<String, String> query = query(URI.create(callback));
        if (query.containsKey("error") || !state.equals(query.get("state")) || !query.containsKey("code")) {
            throw new IllegalStateException("authorize refused or answered badly: " + callback);
        }
        HttpResponse<String> token = send(http, HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(Map.of("grant_type", "authorization_code",
                        "code", query.get("code"), "redirect_uri", REDIRECT_URI, "client_id", WEB_CLIENT,
                        "code_verifier", verifier)))));
        return tokensOf(token, "code exchange for " + username);
    }

    /** Uses a refresh token of {@code ssj-web} (a public client: no secret). */
    public Tokens refresh(String refreshToken) {
        HttpResponse<String> response = send(newClient(null), HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(Map.of("grant_type", "refresh_token",
                        "refresh_token", refreshToken, "client_id", WEB_CLIENT)))));
        return tokensOf(response, "refresh");
    }

    /** A login was refused (wrong password, unknown or disabled user). */
    public static final class LoginRefusedException extends IllegalStateException {
        LoginRefusedException(String message) {
            super(message);
        }
    }

    // ------------------------------------------------------------------ helpers

    private URI resolve(String location) {
        return location.startsWith("http") ? URI.create(location) : URI.create(issuer + location);
    }

    private static String redirect(HttpResponse<String> response, String step) {
        if (response.statusCode() / 100 != 3) {
            throw new IllegalStateException(step + ": expected a redirect, got " + response.statusCode() + " "
                    + response.body());
        }
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException(step + ": redirect without Location"));
    }

    private static Tokens tokensOf(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + ": token endpoint answered " + response.statusCode() + " "
                    + response.body());
        }
        String body = response.body();
        String access = stringField(body, "access_token");
        if (access == null) {
            throw new IllegalStateException(what + ": no access_token in " + body);
        }
        Matcher expires = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)").matcher(body);
        long seconds = expires.find() ? Long.parseLong(expires.group(1)) : 300;
        return new Tokens(access, stringField(body, "refresh_token"), stringField(body, "id_token"),
                Instant.now().plusSeconds(seconds));
    }

    private static String stringField(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static HttpClient newClient(CookieManager cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT);
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        return builder.build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("identity provider call failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                values.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8).replace("+", "%20") + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
    }

    static String json(Map<String, Object> values) {
        return values.entrySet().stream().map(e -> quote(e.getKey()) + ":" + jsonValue(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String jsonValue(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Identity::jsonValue).collect(Collectors.joining(",", "[", "]"));
        }
        return quote(value.toString());
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    record Availability(boolean available, String issuer, String description) {
    }
}
