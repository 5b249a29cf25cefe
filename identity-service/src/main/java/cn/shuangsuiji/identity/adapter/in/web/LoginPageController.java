package cn.shuangsuiji.identity.adapter.in.web;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** 登录页 — the sign-in form of the authorization-code flow, in Chinese; posts to Spring Security's {@code /login}. */
@Controller
class LoginPageController {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>登录 — 双随机、一公开监管平台</title>
              <style>
                body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; background: #f3f5f8; margin: 0; }
                main { max-width: 22rem; margin: 10vh auto; background: #fff; padding: 2rem; border-radius: 8px;
                       box-shadow: 0 2px 8px rgba(0,0,0,.08); }
                h1 { font-size: 1.25rem; margin: 0 0 1.5rem; }
                label { display: block; margin: 1rem 0 .25rem; }
                input[type=text], input[type=password] { width: 100%%; box-sizing: border-box; padding: .5rem; }
                button { margin-top: 1.5rem; width: 100%%; padding: .6rem; background: #1f5fbf; color: #fff; border: 0;
                         border-radius: 4px; font-size: 1rem; }
                .message { padding: .5rem; border-radius: 4px; }
                .error { background: #fdecea; color: #8a1f11; }
                .info { background: #e8f1fd; color: #1f3f7a; }
              </style>
            </head>
            <body>
            <main>
              <h1>双随机、一公开监管平台 · 登录</h1>
              %s
              <form method="post" action="/login">
                <label for="username">用户名</label>
                <input type="text" id="username" name="username" autocomplete="username" required autofocus>
                <label for="password">密码</label>
                <input type="password" id="password" name="password" autocomplete="current-password" required>
                <input name="%s" type="hidden" value="%s" />
                <button type="submit">登录</button>
              </form>
            </main>
            </body>
            </html>
            """;

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(CsrfToken csrf, @RequestParam(required = false) String error,
                 @RequestParam(required = false) String logout) {
        String message = error != null ? "<p class=\"message error\">用户名或密码错误，或账号已停用。</p>"
                : logout != null ? "<p class=\"message info\">您已退出登录。</p>" : "";
        return PAGE.formatted(message, HtmlUtils.htmlEscape(csrf.getParameterName()),
                HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
