package inkwell.app.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Jetty's own error answers (requests it refuses before they reach a handler: malformed HTTP, ambiguous paths,
 * headers too large) in the same problem-details form as every other error, instead of an HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE));
        return ByteBuffer.wrap(body(status, reason));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message)
            throws IOException {
        baseRequest.setHandled(true);
        response.setContentType(Problem.MEDIA_TYPE);
        response.getOutputStream().write(body(code, message));
    }

    private static byte[] body(int status, String reason) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "urn:inkwell:problem:http");
        body.put("title", "The request is not valid HTTP");
        body.put("status", status);
        body.put("detail", reason == null || reason.isBlank() ? "the server cannot read the request" : reason);
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory cannot fail", e);
        }
    }
}
