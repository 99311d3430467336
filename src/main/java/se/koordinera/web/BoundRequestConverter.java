package se.koordinera.web;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.GenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import se.koordinera.shared.BoundRequest;
import se.koordinera.shared.RequestBinder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON body into a {@link BoundRequest} record through the {@link RequestBinder}, so the
 * API names every bad field at once and applies exactly the rules the pages apply. Other types
 * are left to the ordinary JSON converter; this one never writes.
 */
class BoundRequestConverter implements GenericHttpMessageConverter<Object> {

    private final JsonMapper json;
    private final RequestBinder binder;

    BoundRequestConverter(JsonMapper json, RequestBinder binder) {
        this.json = json;
        this.binder = binder;
    }

    @Override
    public boolean canRead(Type type, Class<?> contextClass, MediaType mediaType) {
        return type instanceof Class<?> c && canRead(c, mediaType);
    }

    @Override
    public boolean canRead(Class<?> clazz, MediaType mediaType) {
        return clazz.isRecord() && clazz.isAnnotationPresent(BoundRequest.class)
                && (mediaType == null || MediaType.APPLICATION_JSON.isCompatibleWith(mediaType));
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage input) throws IOException {
        return read((Class<?>) type, input);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object read(Class<?> clazz, HttpInputMessage input) throws IOException {
        Map<String, Object> body;
        try {
            body = json.readValue(input.getBody(), Map.class);
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException("Begäran är inte giltig JSON", e, input);
        }
        return binder.bind(body, (Class<? extends Record>) clazz);
    }

    @Override
    public boolean canWrite(Type type, Class<?> clazz, MediaType mediaType) {
        return false;
    }

    @Override
    public boolean canWrite(Class<?> clazz, MediaType mediaType) {
        return false;
    }

    @Override
    public List<MediaType> getSupportedMediaTypes() {
        return List.of(MediaType.APPLICATION_JSON);
    }

    @Override
    public void write(Object o, Type type, MediaType contentType, HttpOutputMessage output) throws HttpMessageNotWritableException {
        throw new HttpMessageNotWritableException("Not for writing");
    }

    @Override
    public void write(Object o, MediaType contentType, HttpOutputMessage output) throws HttpMessageNotWritableException {
        throw new HttpMessageNotWritableException("Not for writing");
    }
}
