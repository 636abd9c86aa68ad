// Embeds the screening assistant in an intranet page as an iframe of this server's page, so Web Chat, its
// token and its conversation stay on this origin. Usage, where the widget should appear:
//   <div id="trial-screening-assistant"></div>
//   <script src="https://<this server>/embed.js" data-target="trial-screening-assistant" data-height="640px" async></script>
// Without data-target the frame goes right after the script element.
'use strict';

(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var frame = document.createElement('iframe');
  frame.src = origin + '/';
  frame.title = 'Clinical trial screening assistant';
  frame.referrerPolicy = 'no-referrer';
  frame.loading = 'lazy';
  frame.style.width = '100%';
  frame.style.height = script.getAttribute('data-height') || '640px';
  frame.style.border = '1px solid #d3dae1';
  frame.style.borderRadius = '8px';
  var targetId = script.getAttribute('data-target');
  var target = targetId ? document.getElementById(targetId) : null;
  if (target) target.appendChild(frame);
  else script.insertAdjacentElement('afterend', frame);
})();
