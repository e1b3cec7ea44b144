package inkwell.ink.fuzz;

import java.util.List;

/**
 * Small valid documents of every format, written by hand for the fuzzers to mutate (no corpus file is copied).
 * Each uses the features its reader has to get right: times, namespaces, difference encodings, escapes.
 */
final class HandWrittenDocuments {

    /** An IAM-OnDB lineStrokes file: two strokes, one empty stroke, times in seconds. */
    static final String IAM_LINE = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <WhiteboardCaptureSession>
              <WhiteboardDescription>
                <SensorLocation corner="top_left"/>
                <DiagonallyOppositeCoords x="6512" y="1376"/>
                <VerticallyOppositeCoords x="966" y="1376"/>
                <HorizontallyOppositeCoords x="6512" y="787"/>
              </WhiteboardDescription>
              <StrokeSet>
                <Stroke colour="black" start_time="769.05" end_time="769.64">
                  <Point x="1073" y="1058" time="769.05"/>
                  <Point x="1072" y="1085" time="769.07"/>
                  <Point x="1070.5" y="1112" time="769.08"/>
                  <Point x="1069" y="1139.25" time="769.10"/>
                </Stroke>
                <Stroke colour="black" start_time="769.70" end_time="769.70"></Stroke>
                <Stroke colour="black" start_time="769.80" end_time="770.00">
                  <Point x="1130" y="1020" time="769.80"/>
                  <Point x="1151" y="1001" time="769.82"/>
                  <Point x="1.5e3" y="-2E2" time="769.84"/>
                </Stroke>
              </StrokeSet>
            </WhiteboardCaptureSession>
            """;

    /** The head of an IAM-OnDB original-xml file: who wrote the form. */
    static final String IAM_FORM = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <WhiteboardCaptureSession>
              <General>
                <Form id="a01-000u" writerID="10023" Nativecountry="Germany" Gender="Male"/>
                <CaptureTime>20040915</CaptureTime>
              </General>
              <Transcription><Text>A MOVE to stop Mr. Gaitskell</Text></Transcription>
              <StrokeSet><Stroke><Point x="1" y="2" time="3"/></Stroke></StrokeSet>
            </WhiteboardCaptureSession>
            """;

    /** An IAM-OnDB ascii file: OCR text, then the lines after CSR:. */
    static final String IAM_TRANSCRIPTION = """
            OCR:

            A MOVE to stop Mr. Gaitskell from
            nominating any more Labour life Peers

            CSR:

            A MOVE to stop Mr. Gaitskell
            from nominating any more Labour
            life Peers is to be made at a meeting
            """;

    /** InkML with a trace format (X, Y, T in ms, an intermittent channel), explicit and difference values. */
    static final String INKML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ink xmlns="http://www.w3.org/2003/InkML">
              <definitions>
                <context xml:id="ctx">
                  <inkSource>
                    <traceFormat>
                      <channel name="X" type="decimal"/>
                      <channel name="Y" type="decimal" orientation="-ve"/>
                      <channel name="T" type="integer" units="ms"/>
                      <intermittentChannels><channel name="F" type="decimal"/></intermittentChannels>
                    </traceFormat>
                  </inkSource>
                </context>
                <trace xml:id="ignored">0 0 0</trace>
              </definitions>
              <annotation type="truth">Tom &amp; "Jerry" &lt;b&gt;</annotation>
              <annotation type="writer">w-7</annotation>
              <trace contextRef="#ctx">10 0 0, 11.5 2.25 10, 13 -1 20 0.5</trace>
              <traceGroup>
                <trace>!20 4 500, '1 1 10, "0.5 -0.5 0, 1 2 3</trace>
              </traceGroup>
              <trace>  </trace>
              <trace>1e2 -3.5E-1 600,.5 +7 610</trace>
            </ink>
            """;

    /** Inkwell's JSON: text with escapes, timed and untimed points. */
    static final String JSON = """
            {"format":"inkwell-ink","version":1,"text":"Tom & \\"Jerry\\" \\u00e9\\n","writer":"w-7",
             "strokes":[[[0,0,0],[1.5,2.25,0.01],[3,-1,0.02]],[[10.125,4]],[[12,1e-1,0.6],[-14E2,0.3333333333333333]]]}
            """;

    /** Tokens of XML ink formats to insert at random places. */
    static final List<String> XML_TOKENS = List.of("<", ">", "</", "/>", "<Stroke>", "</Stroke>", "<StrokeSet>",
            "</StrokeSet>", "<Point x=\"1\" y=\"2\" time=\"3\"/>", "<Point x=\"NaN\" y=\"1\"/>", "<Point y=\"1\"/>",
            "<trace>", "</trace>", "<trace>1 2, 3 4</trace>", "<traceFormat><channel name=\"Q\"/></traceFormat>",
            "<traceFormat><channel name=\"X\"/><channel name=\"Y\"/><channel name=\"T\" units=\"h\"/></traceFormat>",
            "<definitions>", "</definitions>", "<Form id=\"x\" writerID=\"\"/>", "<Form/>", " x=\"", "\"", "'", "=",
            "&amp;", "&lt;", "&#0;", "&#x110000;", "&#65;", "&undefined;", "<![CDATA[1 2]]>", "<![CDATA[", "]]>",
            "<!-- c -->", "<!--", "-->", "<?pi data?>", "<?xml version=\"1.0\"?>",
            "<!DOCTYPE r [<!ENTITY e \"1\">]>", "<!DOCTYPE r SYSTEM \"file:///etc/passwd\">", "&e;",
            "<!DOCTYPE r [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>",
            "xmlns=\"http://www.w3.org/2003/InkML\"", "xmlns:a=\"urn:a\"", "a:", "xml:id=\"i\"", ",", ", ,", "!",
            "'", "\"", "T", "F", "*", "?", " ", "\n", "\u0000", "\u00e9", "\ud83d\ude00", "\uFFFE");

    /** Tokens of JSON to insert at random places. */
    static final List<String> JSON_TOKENS = List.of("[", "]", "{", "}", ",", ":", "\"", "\"strokes\"", "\"format\"",
            "\"version\"", "\"text\":", "null", "true", "false", "[]", "{}", "[[]]", "[[[1]]]", "[[[1,2,3,4]]]",
            "\"\\u0000\"", "\"\\ud800\"", "\"\\x\"", "\\", "/*c*/", "//c\n", "'a'", " ", "\n", "\u0000", "\u00e9",
            "\ud83d\ude00", "\"version\":1,", "\"version\":1e999,", "\"version\":99999999999999999999,",
            "\"strokes\":[[[NaN,1]]],", "\"x\":1,");

    private HandWrittenDocuments() {
    }
}
