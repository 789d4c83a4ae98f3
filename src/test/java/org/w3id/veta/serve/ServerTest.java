package org.w3id.veta.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.veta.store.StoreLayout;
import org.w3id.veta.store.Stores;
import org.w3id.veta.support.Cli;
import org.w3id.veta.support.TestStore;

/** The real embedded Fuseki over HTTP on a free port: it answers queries, refuses every write, serves its UI. */
class ServerTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static FusekiServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        server = VetaServer.start(Stores.open(TestStore.database()),
                new ServerOptions(freePort(), false, Duration.ofMillis(500), TestStore.temporaryFolder("veta-ui")));
        base = "http://127.0.0.1:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> select(String path, String query) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json"));
    }

    private static String countOfTriples() throws Exception {
        HttpResponse<String> response = select("/veta/sparql", COUNT);
        assertEquals(200, response.statusCode(), response.body());
        return response.body().replaceAll("(?s).*\"value\"\\s*:\\s*\"(\\d+)\".*", "$1");
    }

    @Test
    void selectAnswersOnBothQueryEndpoints() throws Exception {
        String query = "PREFIX veta: <https://w3id.org/veta/ontology#> SELECT ?c WHERE { ?c a veta:Case }";
        for (String path : new String[] {"/veta/sparql", "/veta/query", "/veta"}) {
            HttpResponse<String> response = select(path, query);
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.body().contains("https://w3id.org/veta/id/case/sotrami"), path + ": " + response.body());
        }
        assertTrue(Long.parseLong(countOfTriples()) > 1000);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "POST, /veta/sparql, application/sparql-update",
            "POST, /veta/query, application/sparql-update",
            "POST, /veta, application/sparql-update",
            "POST, /veta/update, application/sparql-update",
            "POST, /veta/upload, text/turtle",
            "PUT, /veta/get?default, text/turtle",
            "POST, /veta/get?graph=https://w3id.org/veta/graph/x, text/turtle",
            "DELETE, /veta/get?graph=https://w3id.org/veta/graph/data/cases, text/turtle",
            "PUT, /veta?default, text/turtle",
            "POST, /veta/data, text/turtle",
            "POST, /$/datasets?dbName=x&dbType=mem, application/x-www-form-urlencoded",
    })
    void writesAreRefusedAndChangeNothing(String method, String path, String contentType) throws Exception {
        String before = countOfTriples();
        String body = contentType.equals("application/sparql-update")
                ? "INSERT DATA { <urn:x> <urn:y> <urn:z> }" : "<urn:x> <urn:y> <urn:z> .";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
                method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        assertEquals(before, countOfTriples(), "the store changed");
    }

    @Test
    void aFailedBuildLeavesTheServerServingThePreviousStore() throws Exception {
        String before = countOfTriples();
        Path data = TestStore.copyOf(TestStore.HOME.resolve("data"), "broken-data");
        Files.writeString(data.resolve("cases.csv"), Files.readString(data.resolve("cases.csv")) + "broken,row\n");
        Cli.Result build = Cli.run("build", "--data", data.toString(), "--store", TestStore.database().getParent().toString());
        assertEquals(2, build.exitCode(), build.err());
        assertTrue(build.err().contains("cases.csv:"), build.err());
        assertEquals(before, countOfTriples());
    }

    @Test
    void corsLetsBrowserPagesElsewhereQuery() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/veta/sparql?query="
                + URLEncoder.encode(COUNT, StandardCharsets.UTF_8))).header("Origin", "https://example.org"));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isPresent(), response.headers().toString());
    }

    @Test
    void graphsCanBeReadThroughTheGraphStoreProtocol() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/veta/get?graph=https://w3id.org/veta/graph/data/cases"))
                .header("Accept", "text/turtle"));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("poderosa-pataz"), response.body());
    }

    @Test
    void theUiPageAndTheServerDescriptionLoad() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/")));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<div id=\"app\""), page.body());
        HttpResponse<String> description = send(HttpRequest.newBuilder(URI.create(base + "/$/server")));
        assertEquals(200, description.statusCode());
        assertTrue(description.body().contains("\"/veta\""), description.body());
    }

    @Test
    void aQueryOverTheTimeoutIsCutOff() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = select("/veta/sparql",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertNotEquals(200, response.statusCode(), "an answer after " + seconds + " s: " + response.body());
        assertTrue(seconds < 20, "took " + seconds + " s to cut off");
        assertEquals(200, select("/veta/sparql", COUNT).statusCode(), "the server still answers");
    }

    /** A person's view: headless Chromium renders the Fuseki UI, which lists the dataset. */
    @Test
    void theUiListsTheDatasetInARealBrowser() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        assumeTrue(Files.isExecutable(chromium), "Debian chromium is not installed (.ci/run installs it)");
        Process browser = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + TestStore.temporaryFolder("veta-chromium"), "--virtual-time-budget=10000",
                "--dump-dom", base + "/#/")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(browser.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
        assertTrue(dom.contains("/veta"), "the rendered UI does not list /veta:\n" + dom);
    }

    @Test
    void veta_queryGoesThroughARunningServerInsteadOfTheLockedStore() {
        Path storeRoot = TestStore.database().getParent();
        StoreLayout layout = new StoreLayout(storeRoot);
        layout.announceServer(base + "/veta/sparql");
        try {
            Cli.Result result = Cli.run("query", "deadline-extension-count", "--store", storeRoot.toString(), "--format", "csv");
            assertEquals(0, result.exitCode(), result.err());
            assertTrue(result.err().contains("querying " + base + "/veta/sparql"), result.err());
            assertTrue(result.out().contains("5,2026-12-31"), result.out());
        } finally {
            layout.withdrawServer();
        }
    }
}
