package cn.shuangsuiji.registry.adapter.out.persistence;

import cn.shuangsuiji.registry.application.port.out.RegionSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Reads the GB/T 2260 table shipped as {@code regions/gbt2260.tsv} (see {@code regions/SOURCE.md}). */
@Component
class ClasspathRegionSource implements RegionSource {

    static final String RESOURCE = "regions/gbt2260.tsv";

    @Override
    public Map<String, String> load() {
        Map<String, String> regions = new LinkedHashMap<>();
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab != 6) {
                    throw new IllegalStateException("Malformed line in " + RESOURCE + ": " + line);
                }
                regions.put(line.substring(0, tab), line.substring(tab + 1).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return regions;
    }
}
