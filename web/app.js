// Starts Web Chat for the screening assistant. Served from our origin like everything the page loads, so the
// Content-Security-Policy can forbid inline and foreign scripts. Which Direct Line to use (the server's own
// intranet channel or Azure's) and the token come from POST /api/webchat/token, never from this file.
'use strict';

(function () {
  var SYSTEM_FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

  // Calm, high-contrast and roomy enough for result cards; no avatars, no uploads (the bot takes no files).
  var STYLE_OPTIONS = {
    primaryFont: SYSTEM_FONTS,
    monospaceFont: "ui-monospace, 'Cascadia Mono', Consolas, 'Courier New', monospace",
    accent: '#0b5cad',
    subtle: '#52606d',
    backgroundColor: '#f9fafb',
    bubbleBackground: '#ffffff',
    bubbleBorderColor: '#d3dae1',
    bubbleBorderRadius: 8,
    bubbleTextColor: '#1f2933',
    bubbleFromUserBackground: '#e6f0fa',
    bubbleFromUserBorderColor: '#b7cfe8',
    bubbleFromUserBorderRadius: 8,
    bubbleFromUserTextColor: '#1f2933',
    bubbleMaxWidth: 720,
    bubbleMinWidth: 260,
    cardEmphasisBackgroundColor: '#f1f4f7',
    fontSizeSmall: '90%',
    hideUploadButton: true,
    sendBoxTextWrap: true,
    sendBoxBorderTop: 'solid 1px #d3dae1',
    sendBoxHeight: 48,
    suggestedActionLayout: 'flow',
    rootHeight: '100%',
    rootWidth: '100%'
  };

  // The language of the page and of the conversation: ?lang= names it, else the first of the browser's languages the
  // assistant speaks, else English. Web Chat sends it as each activity's locale, so the bot answers in it too.
  var PAGE_TEXTS = window.PAGE_TEXTS || {};
  function chosenLanguage() {
    var asked = new URLSearchParams(window.location.search).get('lang');
    var tags = asked ? [asked] : navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    for (var i = 0; i < tags.length; i++) {
      var language = String(tags[i]).toLowerCase().split(/[-_]/)[0];
      var found = Object.keys(PAGE_TEXTS).filter(function (locale) {
        return locale.toLowerCase().split('-')[0] === language;
      })[0];
      if (found) return found;
    }
    return 'en';
  }
  var LANGUAGE = chosenLanguage();
  var TEXTS = PAGE_TEXTS[LANGUAGE] || {};

  // The page's own words in the chosen language, and a link to the other one.
  function sayPage() {
    document.documentElement.lang = TEXTS.lang;
    document.title = TEXTS.title;
    document.querySelectorAll('[data-text]').forEach(function (element) {
      element.textContent = TEXTS[element.getAttribute('data-text')];
    });
    document.querySelectorAll('[data-label]').forEach(function (element) {
      element.setAttribute('aria-label', TEXTS[element.getAttribute('data-label')]);
    });
    var other = Object.keys(PAGE_TEXTS).filter(function (locale) {
      return locale !== LANGUAGE;
    })[0];
    var link = document.getElementById('other-language');
    if (link && other) {
      link.textContent = TEXTS.otherLanguage;
      link.setAttribute('href', '?lang=' + encodeURIComponent(other));
      link.setAttribute('lang', other);
    }
  }

  var STRINGS = { TEXT_INPUT_PLACEHOLDER: TEXTS.placeholder };

  var status = document.getElementById('webchat-status');
  var host = document.getElementById('webchat');
  var tokenUrl = host.getAttribute('data-token-url');

  function showStatus(text, isError) {
    status.textContent = text;
    status.hidden = false;
    status.classList.toggle('error', Boolean(isError));
  }

  function isEmbedded() {
    try {
      return window.self !== window.top;
    } catch (error) {
      return true;
    }
  }

  // Web Chat's markdown puts a zero-width space on each side of every link it makes (an e-mail address in a contact
  // line among them), which a clinician copying the address takes along: the rendered HTML goes without them.
  function markdownWithoutZeroWidthSpaces(render) {
    return function (markdown, newLineOptions, linkOptions) {
      return render(markdown, newLineOptions, linkOptions).replace(/\u200b/g, '');
    };
  }

  function focusSendBox() {
    var input = host.querySelector('[data-id="webchat-sendbox-input"]');
    if (input) input.focus();
  }

  async function newSession() {
    // The language goes with the token request, so the greeting is said in it too.
    var response = await fetch(tokenUrl + '?locale=' + encodeURIComponent(LANGUAGE), { method: 'POST', credentials: 'same-origin', cache: 'no-store' });
    if (!response.ok) throw new Error('token endpoint answered HTTP ' + response.status);
    return response.json();
  }

  // Direct Line's connection states (directlinejs ConnectionStatus).
  var EXPIRED_TOKEN = 3;
  var FAILED = 4;
  var ENDED = 5;

  async function start() {
    if (isEmbedded()) document.documentElement.classList.add('embedded');
    sayPage();
    if (!window.WebChat) {
      showStatus(TEXTS.noComponent, true);
      return;
    }
    var session;
    try {
      session = await newSession();
    } catch (error) {
      showStatus(TEXTS.unavailable, true);
      return;
    }
    var directLine = window.WebChat.createDirectLine({
      token: session.token,
      // A path on our origin in intranet mode, Azure's URL otherwise.
      domain: new URL(session.domain, window.location.href).href,
      webSocket: session.webSocket
    });
    // Once the server has refused the session (it expired, or the assistant restarted and forgot this
    // screening), Web Chat ends the connection: keep saying why rather than just "ended".
    var refused = false;
    directLine.connectionStatus$.subscribe(function (connectionStatus) {
      if (connectionStatus === EXPIRED_TOKEN) refused = true;
      if (refused && (connectionStatus === EXPIRED_TOKEN || connectionStatus === ENDED || connectionStatus === FAILED)) {
        showStatus(TEXTS.sessionInvalid, true);
      } else if (connectionStatus === ENDED) showStatus(TEXTS.ended, true);
      else if (connectionStatus === FAILED) showStatus(TEXTS.failed, true);
    });
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        userID: session.userId,
        locale: LANGUAGE,
        styleOptions: STYLE_OPTIONS,
        overrideLocalizedStrings: STRINGS,
        renderMarkdown: markdownWithoutZeroWidthSpaces(window.WebChat.renderMarkdown),
        sendTypingIndicator: false
      },
      host
    );
    status.hidden = true;
    // Ready to type at once; Web Chat keeps the focus in the send box after each message.
    window.setTimeout(focusSendBox, 0);
  }

  start();
})();
