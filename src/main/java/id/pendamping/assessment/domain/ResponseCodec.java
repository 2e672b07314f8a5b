package id.pendamping.assessment.domain;

import static id.pendamping.platform.JsonText.JSON;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers as JSON, the same on the wire and in the database: {"choice":2}, {"choices":[0,2]},
 * {"truefalse":true}, {"matches":[1,0,-1]}, {"order":[2,0,1]}, {"text":"..."}, {"number":"3.5"}.
 * Indices are into the item as defined. Decoding checks the answer against its item, so a
 * malformed or foreign answer is refused with a reason instead of being stored.
 */
public final class ResponseCodec {

    public static final int MAX_TEXT = 10_000;

    /** The answer does not fit its item. */
    public static class Unfit extends IllegalArgumentException {
        public Unfit(String message) {
            super(message);
        }
    }

    private ResponseCodec() {
    }

    public static Response decode(String json, Item item) {
        try {
            return decode(JSON.createReader(new StringReader(json)).readObject(), item);
        } catch (jakarta.json.JsonException | IllegalStateException e) {
            throw new Unfit("the answer is not a JSON object");
        }
    }

    public static Response decode(JsonObject json, Item item) {
        ItemBody body = item.body();
        try {
            if (body instanceof ItemBody.SingleChoice single) {
                return new Response.Choice(index(json.getJsonNumber("choice"), single.options().size()));
            }
            if (body instanceof ItemBody.MultipleResponse multiple) {
                Set<Integer> chosen = new HashSet<>(indices(json.getJsonArray("choices"), multiple.options().size(), false));
                return new Response.Choices(chosen);
            }
            if (body instanceof ItemBody.TrueFalse) {
                JsonValue value = require(json.get("truefalse"));
                if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                    throw new Unfit("'truefalse' must be true or false");
                }
                return new Response.TrueFalse(value == JsonValue.TRUE);
            }
            if (body instanceof ItemBody.Matching matching) {
                List<Integer> matches = indices(json.getJsonArray("matches"), matching.pairs().size(), true);
                if (matches.size() != matching.pairs().size()) {
                    throw new Unfit("'matches' needs one entry per left item");
                }
                return new Response.Matches(matches);
            }
            if (body instanceof ItemBody.Ordering ordering) {
                List<Integer> steps = indices(json.getJsonArray("order"), ordering.sequence().size(), false);
                if (steps.size() != ordering.sequence().size() || new HashSet<>(steps).size() != steps.size()) {
                    throw new Unfit("'order' must list every step once");
                }
                return new Response.Order(steps);
            }
            if (body instanceof ItemBody.Numerical) {
                return new Response.Number(new BigDecimal(((JsonString) require(json.get("number"))).getString().trim()));
            }
            String text = ((JsonString) require(json.get("text"))).getString();
            if (text.length() > MAX_TEXT) {
                throw new Unfit("the text is longer than " + MAX_TEXT + " characters");
            }
            return new Response.Text(text);
        } catch (ClassCastException | NumberFormatException | ArithmeticException e) {
            throw new Unfit("the answer does not fit a " + body.getClass().getSimpleName() + " item");
        }
    }

    public static String encode(Response response) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        if (response instanceof Response.Choice choice) {
            json.add("choice", choice.option());
        } else if (response instanceof Response.Choices choices) {
            json.add("choices", array(choices.options().stream().sorted().toList()));
        } else if (response instanceof Response.TrueFalse value) {
            json.add("truefalse", value.value());
        } else if (response instanceof Response.Matches matches) {
            json.add("matches", array(matches.rightForLeft()));
        } else if (response instanceof Response.Order order) {
            json.add("order", array(order.steps()));
        } else if (response instanceof Response.Number number) {
            json.add("number", number.value().toPlainString());
        } else {
            json.add("text", ((Response.Text) response).text());
        }
        return json.build().toString();
    }

    private static JsonValue require(JsonValue value) {
        if (value == null) {
            throw new Unfit("the answer is missing its value");
        }
        return value;
    }

    private static int index(JsonNumber number, int size) {
        if (number == null) {
            throw new Unfit("the answer is missing its value");
        }
        int index = number.intValueExact();
        if (index < 0 || index >= size) {
            throw new Unfit("option " + index + " does not exist");
        }
        return index;
    }

    private static List<Integer> indices(JsonArray array, int size, boolean allowUnset) {
        if (array == null) {
            throw new Unfit("the answer is missing its value");
        }
        List<Integer> result = new ArrayList<>();
        for (JsonValue value : array) {
            int index = ((JsonNumber) value).intValueExact();
            if (!(allowUnset && index == -1)) {
                if (index < 0 || index >= size) {
                    throw new Unfit("option " + index + " does not exist");
                }
            }
            result.add(index);
        }
        return result;
    }

    private static jakarta.json.JsonArrayBuilder array(List<Integer> values) {
        jakarta.json.JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
