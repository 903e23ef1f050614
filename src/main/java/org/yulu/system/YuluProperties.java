package org.yulu.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * Yulu's settings. The defaults make {@code ./mvnw spring-boot:run} work from the project folder.
 *
 * @param seedsDir      folder whose {@code *.txt} files are imported at startup
 * @param dataDir       folder for everything the app writes: the H2 database files, the search index and the
 *                      parallel passages
 * @param publicBaseUrl absolute base for links shared outside the site (OpenGraph, feeds); the request's when empty
 * @param rescanInterval how often the seeds folder is checked for added, changed or removed files; 0 turns it off
 * @param timeZone      the site's time zone: where the day of the quote of the day begins, and how a date a
 *                      document prints without a zone is read
 * @param meaningSearch whether searches also find items by meaning, with the sentence model loaded after the start;
 *                      off, they answer by keyword alone and the model is never loaded
 * @param cardFonts     font families share cards may be drawn in, the first installed one that draws Chinese
 *                      chosen: Debian's fonts-noto-cjk, then other Linux, macOS and Windows fonts
 * @param checksPerMinute how many quote checks ({@code /check}, {@code /api/check}) a client may run a minute, on
 *                      average
 * @param checkBurst    how many checks a client may run at once before the average applies
 * @param trustedProxies addresses of the proxies in front of the site: only from these is {@code X-Forwarded-For}
 *                      believed when telling clients apart; none by default
 */
@ConfigurationProperties("yulu")
public record YuluProperties(
        @DefaultValue("seeds") Path seedsDir,
        @DefaultValue("data") Path dataDir,
        String publicBaseUrl,
        @DefaultValue("PT1M") Duration rescanInterval,
        @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue("true") boolean meaningSearch,
        @DefaultValue({"Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", "Source Han Sans SC",
                "WenQuanYi Zen Hei", "AR PL UMing CN", "Songti SC", "PingFang SC", "SimSun", "Microsoft YaHei"})
        List<String> cardFonts,
        @DefaultValue("30") int checksPerMinute,
        @DefaultValue("60") int checkBurst,
        @DefaultValue List<String> trustedProxies) {
}
