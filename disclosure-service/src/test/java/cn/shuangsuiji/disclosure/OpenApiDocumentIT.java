package cn.shuangsuiji.disclosure;

import cn.shuangsuiji.testsupport.OpenApiDocumentTest;

/** The disclosure service's OpenAPI document satisfies the platform's contract ({@link OpenApiDocumentTest}). */
class OpenApiDocumentIT extends OpenApiDocumentTest {
}
