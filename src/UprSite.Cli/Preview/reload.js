// uprsite serve: reloads the page after a good build; after a failed one, shows its errors over the page, which
// stays the last good build. Drawn with DOM methods and text only: nothing from a message is read as HTML.
(() => {
  const script = document.currentScript;
  const pageBuild = script ? script.dataset.build : '';
  let overlay = null;

  const element = (name, className, text) => {
    const node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const where = (problem) =>
    problem.line > 0 ? `${problem.file}(${problem.line},${Math.max(problem.column, 1)})` : problem.file;

  const hide = () => {
    if (overlay) overlay.remove();
    overlay = null;
  };

  const show = (problems) => {
    hide();
    if (!document.getElementById('uprsite-overlay-style')) {
      const style = element('link');
      style.id = 'uprsite-overlay-style';
      style.rel = 'stylesheet';
      style.href = '/__uprsite/overlay.css';
      document.head.append(style);
    }

    overlay = element('section', 'uprsite-overlay');
    overlay.id = 'uprsite-overlay';
    overlay.setAttribute('role', 'alert');
    overlay.lang = 'en';
    overlay.dir = 'ltr';
    const count = problems.length === 1 ? '1 error' : `${problems.length} errors`;
    overlay.append(element('h2', '', `The site does not build: ${count}`));
    overlay.append(element('p', '', 'This page is the last good build. Fix the file and save it: the page reloads when the site builds.'));
    const list = element('ol');
    for (const problem of problems) {
      const item = element('li');
      item.append(element('code', 'uprsite-where', where(problem)), ' ',
        element('span', 'uprsite-code', `${problem.code}:`), ' ', element('span', 'uprsite-message', problem.message));
      list.append(item);
    }
    overlay.append(list);
    document.body.append(overlay);
  };

  const events = new EventSource('/__uprsite/events');
  events.onmessage = (event) => {
    const status = JSON.parse(event.data);
    if (status.status === 'failed') show(status.problems);
    else if (String(status.build) !== pageBuild) location.reload();
    else hide();
  };
})();
