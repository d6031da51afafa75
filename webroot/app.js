// Minimal shell: sign in or register, show who is signed in and the city roster.
const session = {
  get token() { return sessionStorage.getItem('urbis.token'); },
  save(data) {
    sessionStorage.setItem('urbis.token', data.token);
    localStorage.setItem('urbis.refresh', data.refreshToken);
  },
  clear() {
    sessionStorage.removeItem('urbis.token');
    localStorage.removeItem('urbis.refresh');
  },
};

async function api(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (session.token) headers.Authorization = `Bearer ${session.token}`;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = response.status === 204 ? null : await response.json();
  if (!response.ok) throw data;
  return data;
}

function showProblem(form, name, problem) {
  form.querySelectorAll('.error').forEach((el) => { el.textContent = ''; });
  for (const error of problem.errors ?? []) {
    const slot = form.querySelector(`[data-field="${error.field}"]`);
    if (slot) slot.textContent = `${error.field} ${error.message}`;
  }
  form.querySelector(`[data-for="${name}"]`).textContent = problem.detail ?? 'Something went wrong.';
}

async function showUser() {
  const whoami = document.getElementById('whoami');
  const logout = document.getElementById('logout');
  const signin = document.getElementById('signin');
  if (!session.token) {
    whoami.textContent = '';
    logout.hidden = true;
    signin.hidden = false;
    return;
  }
  try {
    const me = await api('/api/me');
    whoami.textContent = `${me.displayName} · ${me.cityId ?? 'no city'} · ${me.role}`;
    logout.hidden = false;
    signin.hidden = true;
  } catch {
    session.clear();
    showUser();
  }
}

async function showCities() {
  const { items } = await api('/api/cities');
  const list = document.getElementById('city-list');
  const select = document.getElementById('city-select');
  list.replaceChildren(...items.map((city) => {
    const li = document.createElement('li');
    li.textContent = `${city.name} (${city.country}) `;
    const role = document.createElement('span');
    role.className = 'role';
    role.textContent = city.role;
    li.append(role);
    return li;
  }));
  const groups = ['challenge', 'fellow', 'mentor'].map((role) => {
    const group = document.createElement('optgroup');
    group.label = `${role} cities`;
    group.append(...items.filter((c) => c.role === role).map((c) => new Option(c.name, c.id)));
    return group;
  });
  select.replaceChildren(...groups);
}

function formData(form) {
  return Object.fromEntries(new FormData(form).entries());
}

document.getElementById('login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    session.save(await api('/api/auth/login', { method: 'POST', body: formData(event.target) }));
    showUser();
  } catch (problem) {
    showProblem(event.target, 'login', problem);
  }
});

document.getElementById('register-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    session.save(await api('/api/auth/register', { method: 'POST', body: formData(event.target) }));
    showUser();
  } catch (problem) {
    showProblem(event.target, 'register', problem);
  }
});

document.getElementById('logout').addEventListener('click', async () => {
  const refreshToken = localStorage.getItem('urbis.refresh');
  session.clear();
  if (refreshToken) await api('/api/auth/logout', { method: 'POST', body: { refreshToken } }).catch(() => {});
  showUser();
});

showCities();
showUser();
