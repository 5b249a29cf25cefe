package cn.shuangsuiji.registry;

import cn.shuangsuiji.testsupport.OpenApiDocumentTest;

/** The registry service's OpenAPI document satisfies the platform's contract ({@link OpenApiDocumentTest}). */
class OpenApiDocumentIT extends OpenApiDocumentTest {
}
