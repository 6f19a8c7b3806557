import type { MetaFunction } from '@remix-run/node'
import { Link } from '@remix-run/react'
import { useViewer } from '~/modules/auth/use-viewer'

export const meta: MetaFunction = () => [
  { title: 'EU-Japan Circular Metals: partners for the circular economy of strategic metals' },
]

const lifecycle = [
  {
    name: 'Product development',
    text: 'Design for disassembly, recycled content and less critical material.',
  },
  {
    name: 'Process development',
    text: 'Refining, hydrometallurgy and separation processes that recover more.',
  },
  { name: 'Use', text: 'Longer life, repair, second-life batteries and remanufactured magnets.' },
  { name: 'Collection', text: 'Take-back schemes for end-of-life batteries, PV panels and motors.' },
  { name: 'Dismantling', text: 'Safe discharge, sorting and pre-processing into black mass and scrap.' },
  { name: 'Recycling', text: 'Recovering lithium, cobalt, nickel, rare earths and platinum-group metals.' },
]

const metals = ['Lithium', 'Cobalt', 'Nickel', 'Rare earths', 'Platinum-group metals', 'Gallium']

function CallToAction() {
  const viewer = useViewer()
  if (viewer) {
    return (
      <p className="mt-8 text-lg text-slate-800">
        Welcome back, <span className="font-semibold">{viewer.displayName}</span>.
      </p>
    )
  }
  return (
    <div className="mt-8 flex flex-wrap gap-3">
      <Link
        to="/signup"
        className="rounded-md bg-brand-600 px-5 py-3 font-semibold text-white hover:bg-brand-700"
      >
        Create a free account
      </Link>
      <Link
        to="/login"
        className="rounded-md border border-slate-300 bg-white px-5 py-3 font-semibold text-slate-800 hover:bg-slate-100"
      >
        Log in
      </Link>
    </div>
  )
}

export default function HomePage() {
  return (
    <div className="space-y-16">
      <section aria-labelledby="hero-title" className="max-w-3xl">
        <p className="text-sm font-semibold tracking-wide text-leaf-700 uppercase">EU-Japan Green Alliance</p>
        <h1 id="hero-title" className="mt-2 text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
          Find partners to keep strategic metals in the loop
        </h1>
        <p className="mt-6 text-lg text-slate-700">
          Batteries, solar panels, wind-turbine magnets, electrolysers and fuel cells depend on lithium,
          cobalt, nickel, rare earths, platinum-group metals and gallium. We bring European and Japanese
          companies together to recover and reuse them, and to work together in third-country markets such as
          ASEAN, India, Africa and Latin America.
        </p>
        <CallToAction />
      </section>

      <section aria-labelledby="how-title" className="grid gap-6 md:grid-cols-3">
        <h2 id="how-title" className="sr-only">
          How it works
        </h2>
        <article className="rounded-lg border border-slate-200 bg-white p-6">
          <h3 className="text-lg font-semibold">1. Describe your company</h3>
          <p className="mt-2 text-slate-700">
            Your place in the value chain, the metals and technologies you work with, what you offer and seek,
            and the markets you target.
          </p>
        </article>
        <article className="rounded-lg border border-slate-200 bg-white p-6">
          <h3 className="text-lg font-semibold">2. Meet complementary partners</h3>
          <p className="mt-2 text-slate-700">
            Suggestions pair you with companies across the EU and Japan that complete your part of the loop,
            each with reasons you can check.
          </p>
        </article>
        <article className="rounded-lg border border-slate-200 bg-white p-6">
          <h3 className="text-lg font-semibold">3. Get introduced</h3>
          <p className="mt-2 text-slate-700">
            Request an introduction or a meeting, in Brussels or Tokyo time, and follow it through with the
            Centre&apos;s help.
          </p>
        </article>
      </section>

      <section aria-labelledby="lifecycle-title">
        <h2 id="lifecycle-title" className="text-2xl font-bold tracking-tight">
          The whole lifecycle
        </h2>
        <ol className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {lifecycle.map((stage) => (
            <li key={stage.name} className="rounded-lg border border-slate-200 bg-white p-5">
              <h3 className="font-semibold text-brand-900">{stage.name}</h3>
              <p className="mt-1 text-sm text-slate-700">{stage.text}</p>
            </li>
          ))}
        </ol>
        <p className="mt-6 text-slate-700">
          Metals in focus: <span className="font-medium">{metals.join(', ')}</span>.
        </p>
      </section>

      <section aria-labelledby="centre-title" className="rounded-lg bg-brand-900 p-8 text-white">
        <h2 id="centre-title" className="text-2xl font-bold">
          Facilitated by the EU-Japan Centre for Industrial Cooperation
        </h2>
        <p className="mt-3 max-w-3xl text-brand-100">
          Under the 2021 EU-Japan Green Alliance, the EU and Japan cooperate on the circular economy and
          resource efficiency. The Centre facilitates business cooperation between European and Japanese
          companies, including joint business in third countries: its staff review profiles, broker
          introductions and keep the directory trustworthy.
        </p>
      </section>
    </div>
  )
}
