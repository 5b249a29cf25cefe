package cn.shuangsuiji.inspection;

import cn.shuangsuiji.testsupport.OpenApiDocumentTest;

/** The inspection service's OpenAPI document satisfies the platform's contract ({@link OpenApiDocumentTest}). */
class OpenApiDocumentIT extends OpenApiDocumentTest {
}
