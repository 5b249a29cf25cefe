package cn.shuangsuiji.draw;

import cn.shuangsuiji.testsupport.OpenApiDocumentTest;

/** The draw service's OpenAPI document satisfies the platform's contract ({@link OpenApiDocumentTest}). */
class OpenApiDocumentIT extends OpenApiDocumentTest {
}
