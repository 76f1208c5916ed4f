// Signing in and out, for a server with accounts. A local server without accounts opens the local
// user's session at once and shows neither the form nor "Sign out".

import { api, Refused } from './api.js';
import { fill } from './dom.js';

/** What a person reads when a sign-in is refused: the server's reason, said for a person. */
function why(e) {
  if (e instanceof Refused && e.status === 401) {
    return 'That name and password do not match an account. Check both and try again.';
  }
  if (e instanceof Refused && e.status === 429) {
    return 'Too many tries with this name in the last minute: wait a minute, then try again.';
  }
  return `Could not sign in: ${e.message}`;
}

/** Shows the sign-in form; {@code opened} is called once a name and password are accepted. */
export function askToSignIn(opened) {
  const form = document.getElementById('sign-in');
  const problem = document.getElementById('sign-in-problem');
  document.getElementById('workspace').hidden = true;
  document.getElementById('who').hidden = true;
  form.hidden = false;
  document.body.classList.add('signed-out');
  form.reset();
  fill(problem);
  form.elements.name.focus();
  form.onsubmit = async (ev) => {
    ev.preventDefault();
    try {
      await api.signIn(form.elements.name.value, form.elements.password.value);
    } catch (e) {
      problem.textContent = why(e);
      form.elements.password.value = '';
      form.elements.password.focus();
      return;
    }
    form.hidden = true;
    document.body.classList.remove('signed-out');
    showWho();
    await opened();
  };
}

/** "Signed in as ann" and the button to sign out, when the session is an account's. */
export function showWho() {
  document.getElementById('who').hidden = api.local;
  document.getElementById('who-name').textContent = api.user;
}
