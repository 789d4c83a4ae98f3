package org.w3id.veta.cli.qca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.w3id.veta.support.Cli;
import org.w3id.veta.support.TestStore;

/** The XY plot (SVG) and the HTML report, checked as files and, for the report, as a browser renders it. */
class PicturesTest {
    private static final Path LF = TestStore.HOME.resolve("../shared/qca/data/LF.csv").normalize();

    @Test
    void theXyPlotHasOnePointPerCaseAndTheFitInItsTitle() throws Exception {
        assumeTrue(Files.exists(LF), "no ../shared/qca data");
        Path svg = TestStore.temporaryFolder("veta-plot").resolve("plot.svg");
        Cli.Result result = Cli.run("qca", "xyplot", "--data", LF.toString(), "--x", "DEV*~IND + URB*STB", "--y", "SURV", "--out", svg.toString());
        assertEquals(0, result.exitCode(), result.err());
        String picture = Files.readString(svg);
        assertTrue(picture.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), picture);
        assertEquals(18, picture.split("<circle class=\"case\"").length - 1, "one point per case of LF");
        assertTrue(picture.contains("inclS 0.850, covS 0.714"), "R's M1 fit");
    }

    @Test
    void theHtmlReportRendersTheTruthTableModelsAndPlots() throws Exception {
        assumeTrue(Files.exists(LF), "no ../shared/qca data");
        Path html = TestStore.temporaryFolder("veta-report").resolve("report.html");
        Cli.Result result = Cli.run("qca", "minimize", "--data", LF.toString(), "--outcome", "SURV", "--incl-cut", "0.8",
                "--include", "?", "--report", html.toString());
        assertEquals(0, result.exitCode(), result.err());
        String page = Files.readString(html);
        assertTrue(page.contains("M1: DEV*~IND + URB*STB &rarr; SURV"), page);
        assertTrue(page.contains("<code>veta qca minimize --data"), page);

        Path chromium = Path.of("/usr/bin/chromium");
        assumeTrue(Files.isExecutable(chromium), "Debian chromium is not installed (.ci/run installs it)");
        Process browser = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + TestStore.temporaryFolder("veta-chromium"), "--dump-dom", html.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(browser.waitFor(60, TimeUnit.SECONDS));
        assertTrue(dom.contains("<svg") && dom.contains("BE, CZ, NL, UK"), dom);
    }
}
