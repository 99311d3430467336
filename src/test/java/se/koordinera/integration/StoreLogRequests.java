package se.koordinera.integration;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Reads the posts of StoreLog requests as the producer received them. */
final class StoreLogRequests {

    private StoreLogRequests() {
    }

    static List<String> logIds(String body) {
        Document doc = RivXml.parse(body);
        NodeList ids = doc.getElementsByTagNameNS(RivXml.LG, "logId");
        List<String> result = new ArrayList<>();
        for (int i = 0; i < ids.getLength(); i++) {
            result.add(ids.item(i).getTextContent());
        }
        return result;
    }

    /** Fast path for large batches: logIds by text search. */
    static List<String> logIdsFast(String body) {
        List<String> result = new ArrayList<>();
        int i = 0;
        while ((i = body.indexOf("logId>", i)) >= 0) {
            int start = i + 6;
            int end = body.indexOf('<', start);
            if (end - start == 36) {
                result.add(body.substring(start, end));
            }
            i = end;
        }
        return result;
    }
}
