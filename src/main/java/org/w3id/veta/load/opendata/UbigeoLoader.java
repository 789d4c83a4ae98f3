package org.w3id.veta.load.opendata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.veta.io.CsvTable;
import org.w3id.veta.io.Row;
import org.w3id.veta.load.Checksums;
import org.w3id.veta.load.LoadedGraph;
import org.w3id.veta.load.OpenDataLoader;
import org.w3id.veta.vocab.Ids;
import org.w3id.veta.vocab.VETA;

/**
 * INEI's UBIGEO provinces and districts, as published in jmcastagnetto/ubigeo-peru-aumentado, and the
 * 2007→2026 code changes of lincolneulogio/peru-geojson. Provinces and districts hang under the curated
 * departments ({@code id/department/XX}) through {@code veta:partOf}.
 */
public final class UbigeoLoader implements OpenDataLoader {
    static final String PROVINCES = "ubigeo/ubigeo_provincia_jmcastagnetto.csv";
    static final String DISTRICTS = "ubigeo/ubigeo_distrito_jmcastagnetto.csv";
    static final String CHANGES = "ubigeo/ubigeo_cambios_2007_2026_lincolneulogio.csv";
    private static final String CASTAGNETTO = "https://github.com/jmcastagnetto/ubigeo-peru-aumentado/tree/a783fa66effb16fa8f3321b49a3d5e71cab15a5c";
    private static final String EULOGIO = "https://github.com/lincolneulogio/peru-geojson/blob/7b0888c32535ba8cb59bb2a9d15724942c834ced/data/equivalencias/cambios-2007-2026.csv";
    private static final String MIT = "https://opensource.org/license/mit";
    private static final String CC_BY = "https://creativecommons.org/licenses/by/4.0/";
    private static final String LOADER = "veta UBIGEO loader 1";

    @Override public String name() { return "UBIGEO provinces, districts and 2007-2026 changes"; }

    @Override public boolean available(Path openData) {
        return Files.exists(openData.resolve(PROVINCES)) && Files.exists(openData.resolve(DISTRICTS));
    }

    @Override public List<LoadedGraph> load(Path openData) {
        Set<String> provinces = new HashSet<>();
        LoadedGraph provinceGraph = regions(openData.resolve(PROVINCES), "province", VETA.Province, 4, provinces);
        LoadedGraph districtGraph = regions(openData.resolve(DISTRICTS), "district", VETA.District, 6, provinces);
        if (!Files.exists(openData.resolve(CHANGES))) return List.of(provinceGraph, districtGraph);
        return List.of(provinceGraph, districtGraph, changes(openData.resolve(CHANGES)));
    }

    /** Provinces (4-digit codes, part of a department) or districts (6-digit codes, part of a loaded province). */
    private static LoadedGraph regions(Path file, String kind, Resource type, int digits, Set<String> provinces) {
        CsvTable table = CsvTable.read(file);
        Model model = ModelFactory.createDefaultModel();
        Resource source = source(model, CASTAGNETTO + "/" + file.getFileName().toString().replace("_jmcastagnetto", ""),
                "jmcastagnetto/ubigeo-peru-aumentado (INEI and RENIEC UBIGEO codes), commit a783fa6");
        for (Row row : table.rows()) {
            String inei = row.get("inei");
            if (inei.equals("NA")) continue; // a district the source lists with a RENIEC code only: no INEI key to name it by
            if (!inei.matches("\\d{6}")) throw row.error("inei", "not a 6-digit UBIGEO code: '" + inei + "'");
            String code = inei.substring(0, digits);
            String name = row.get(kind.equals("province") ? "provincia" : "distrito");
            Resource region = model.createResource(Ids.resource(kind, code))
                    .addProperty(RDF.type, type)
                    .addProperty(RDFS.label, name)
                    .addProperty(VETA.ubigeo, code)
                    .addProperty(VETA.source, source);
            if (kind.equals("province")) {
                provinces.add(code);
                region.addProperty(VETA.partOf, model.createResource(Ids.resource("department", code.substring(0, 2))));
            } else {
                String province = code.substring(0, 4);
                if (!provinces.contains(province)) throw row.error("inei", "district " + code + " lies in province " + province + ", which is not in " + PROVINCES);
                region.addProperty(VETA.partOf, model.createResource(Ids.resource("province", province)));
            }
        }
        return new LoadedGraph(Ids.graph("opendata/" + kind + "s"), model.getGraph(), file, Checksums.sha256(file), table.rows().size(), MIT, LOADER);
    }

    /** Each created, renamed or reassigned province or district between the 2007 and 2026 code lists. */
    private static LoadedGraph changes(Path file) {
        CsvTable table = CsvTable.read(file);
        Model model = ModelFactory.createDefaultModel();
        Resource source = source(model, EULOGIO, "lincolneulogio/peru-geojson, data/equivalencias/cambios-2007-2026.csv (INEI IDE-INEI 2007 vs 2023), commit 7b0888c");
        for (Row row : table.rows()) {
            String level = row.get("nivel");
            if (!level.equals("provincia") && !level.equals("distrito")) throw row.error("nivel", "expected provincia or distrito, got '" + level + "'");
            Resource change = model.createResource(Ids.resource("ubigeo-change", "line-" + row.line()))
                    .addProperty(RDF.type, VETA.UbigeoChange)
                    .addProperty(VETA.changeType, row.get("tipo"))
                    .addProperty(VETA.source, source);
            String kind = level.equals("provincia") ? "province" : "district";
            if (!row.get("ubigeo_2007").isEmpty()) change.addProperty(VETA.codeBefore, row.get("ubigeo_2007"));
            if (!row.get("ubigeo_2026").isEmpty()) {
                change.addProperty(VETA.codeAfter, row.get("ubigeo_2026"));
                change.addProperty(VETA.region, model.createResource(Ids.resource(kind, row.get("ubigeo_2026"))));
            }
            if (!row.get("nombre_2007").isEmpty()) change.addProperty(VETA.nameBefore, row.get("nombre_2007"));
            if (!row.get("nombre_2026").isEmpty()) change.addProperty(VETA.nameAfter, row.get("nombre_2026"));
            change.addProperty(RDFS.label, row.get("tipo") + " " + level + " " + (row.get("nombre_2026").isEmpty() ? row.get("nombre_2007") : row.get("nombre_2026")));
        }
        return new LoadedGraph(Ids.graph("opendata/ubigeo-changes"), model.getGraph(), file, Checksums.sha256(file), table.rows().size(), CC_BY, LOADER);
    }

    private static Resource source(Model model, String url, String citation) {
        return model.createResource(Ids.urlSource(url))
                .addProperty(RDF.type, VETA.Source)
                .addProperty(VETA.url, model.createResource(url))
                .addProperty(VETA.citation, citation);
    }
}
