package org.yangguang.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StrictUrlDecodingTest {

    @Test
    void aPercentSignMustStartAnEscape() {
        assertTrue(StrictUrlDecoding.malformed("/api/v1/matters/%"));
        assertTrue(StrictUrlDecoding.malformed("/api/v1/matters/a%2"));
        assertTrue(StrictUrlDecoding.malformed("q=%zz&size=5"));
        assertTrue(StrictUrlDecoding.malformed("q=100%"));
    }

    @Test
    void wellFormedEscapesPass() {
        assertFalse(StrictUrlDecoding.malformed(null));
        assertFalse(StrictUrlDecoding.malformed("/guide/index.xhtml"));
        assertFalse(StrictUrlDecoding.malformed("q=%E9%A3%9F%E5%93%81&size=5"));
        assertFalse(StrictUrlDecoding.malformed("/api/v1/matters/%FF%FE")); // well-formed; not UTF-8: the servlet layer's 400
        assertFalse(StrictUrlDecoding.malformed("q=100%25"));
    }
}
